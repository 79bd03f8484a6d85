// Posts stated for paired lists: "the US and Russian presidents, Donald Trump
// and Vladimir Putin", "the foreign ministers of China and Japan, Wang Yi and
// Takeshi Iwaya", "Wang Yi and Takeshi Iwaya, the foreign ministers of China
// and Japan respectively": the i-th person holds the post in the i-th country,
// and only when both lists have as many names.
import type { Mention } from "../../mentions";
import type { DocEntity } from "../../entities";
import type { SentenceContext, SentenceInput } from "../types";
import { isLeaderTitle, isPostWord } from "../../mentions/titles";
import { countryOrEntity, isMentionStart } from "../syntax";

interface PluralPost {
  title: string;
  /** Token span of the post, modifiers included: "foreign ministers". */
  start: number;
  end: number;
}

/** A plural post at k ("presidents", "foreign ministers"), read as its singular title. */
function pluralPostAt(s: SentenceInput, k: number): PluralPost | undefined {
  const t = s.tokens;
  const w = t[k].lower;
  if (t[k].pos !== "NOUN" || !w.endsWith("s") || !isPostWord(w.slice(0, -1))) return undefined;
  let start = k;
  while (start > 0 && k - start < 2 && ["ADJ", "NOUN"].includes(t[start - 1].pos) && !isMentionStart(s, start - 1)) start--;
  const words = t.slice(start, k).map((x) => x.lower);
  return { title: [...words, w.slice(0, -1)].join(" "), start, end: k + 1 };
}

/** The list of mentions that `first` opens (dir 1) or closes (dir -1), joined by commas and "and". */
function listFrom(s: SentenceInput, first: Mention, dir: 1 | -1, fits: (m: Mention) => boolean): Mention[] {
  const t = s.tokens;
  const out = [first];
  let cur = first;
  for (;;) {
    const next = s.mentions[s.mentions.indexOf(cur) + dir];
    if (!next || !fits(next)) break;
    const gap = dir === 1 ? t.slice(cur.end, next.outerStart ?? next.start) : t.slice(next.end, cur.outerStart ?? cur.start);
    if (!gap.length || gap.length > 2 || !gap.every((x) => x.lower === "and" || x.text === "," || x.lower === "the")) break;
    // Read to the list's real end ("A and B and C"), so that a longer list never pairs with a shorter one.
    out.push(next);
    cur = next;
  }
  return dir === 1 ? out : out.reverse();
}

/** Every plural post of the sentence with a list of holders and a list of countries or bodies of the same length. */
export function pairedPosts(c: SentenceContext): void {
  const { s, entities, entityOf, add } = c;
  const t = s.tokens;
  const isPerson = (m: Mention) => m.kind === "Person" && !m.ref;
  const isOwner = (m: Mention) => (m.kind === "Country" || m.kind === "Organization") && (!m.ref || m.ref === "adjective");
  // A demonym ("Russian") is linked to no entity: its country, if the article names it.
  const ownerEntity = (m: Mention): DocEntity | undefined => countryOrEntity(entities, entityOf, m);
  // Two owners and two holders at least: four mentions (issue 9: most sentences are skipped here).
  if (s.mentions.length < 4) return;
  for (let k = 0; k < t.length; k++) {
    const post = pluralPostAt(s, k);
    if (!post) continue;
    // Owners before the post ("the US and Russian presidents") or after "of" ("the foreign ministers of China and Japan").
    const before = s.mentions.find((m) => m.end === post.start && isOwner(m));
    const ofAt = t[post.end]?.lower === "of" ? post.end + (t[post.end + 1]?.lower === "the" ? 2 : 1) : -1;
    const after = ofAt > 0 ? s.mentions.find((m) => (m.outerStart ?? m.start) === ofAt && isOwner(m)) : undefined;
    const owners = before ? listFrom(s, before, -1, isOwner) : after ? listFrom(s, after, 1, isOwner) : [];
    if (owners.length < 2) continue;
    // Holders after a comma ("…, Donald Trump and Vladimir Putin") or before the phrase ("Wang Yi and Takeshi Iwaya, the …").
    let end = after ? owners[owners.length - 1].end : post.end;
    if (t[end]?.lower === "respectively") end++;
    const next = t[end]?.text === "," ? s.mentions.find((m) => (m.outerStart ?? m.start) === end + 1 && isPerson(m)) : undefined;
    const open = post.start - (t[post.start - 1]?.lower === "the" ? 1 : 0) - 1;
    const prev = !before && t[open]?.text === "," ? s.mentions.find((m) => m.end === open && isPerson(m)) : undefined;
    const holders = next ? listFrom(s, next, 1, isPerson) : prev ? listFrom(s, prev, -1, isPerson) : [];
    if (holders.length !== owners.length) continue;
    const relation = isLeaderTitle(post.title) ? "LEADER_OF" : "MEMBER_OF";
    holders.forEach((h, i) => add(entityOf(h), ownerEntity(owners[i]), relation, post.title, "asserted", relation === "MEMBER_OF" ? post.title : undefined));
  }
}
