// Titles and posts (lexicons/roles.json): the one place that reads them, for
// mentions ("Russian President Vladimir Putin") and relations ("Name, deputy
// leader of …") alike, so both agree on which post leads.
import type { SentenceView } from "./types";
import { isCap, longestPhrase } from "./tokens";
import { OFFICE_DOMAINS } from "./entity-cues";
import { isGivenName } from "../gazetteer/names";
import { entry, fields, words, type At } from "../lexicon-check";
import rawRoles from "../../lexicons/roles.json";

export interface RolesLexicon {
  /** Titles that lead what they belong to: LEADER_OF. */
  leader: string[];
  /** Titles of other posts: MEMBER_OF, with the post on the evidence. */
  member: string[];
  /** Titles written before a name ("Mr", "Gen", "President"). */
  prefixTitles: string[];
  kinship: string[];
  /** Forms of address that may follow a post without being part of it: "Prime Minister Sheikh …". */
  honorifics: string[];
  /** Titles that lead only right between the body and the name: "Hezbollah chief Hassan Nasrallah". */
  leaderBeforeName: string[];
  /** Titles that lead a country's armed forces right between the force and the name: "Lebanese army commander X". */
  forceLeaderBeforeName: string[];
  /** Words that make a leader's title lead nothing: "deputy leader", "vice president", "former president". */
  notLeading: string[];
  /** Words saying a post is no longer held: "former", "ex". */
  formerWords: string[];
  /** Posts many hold at once although they lead or name one office: "mayor", "minister of state". */
  sharedPosts: string[];
  /** Titles that with a country say only a nationality: "US actor", "Russian analyst". */
  nationalityOnly: string[];
  /** Posts that serve a person, and so the country that person governs: "aide", "adviser", "envoy". */
  personalStaff: string[];
  /** Posts that lead a city or a region, not a state: "mayor", "governor". */
  localPosts: string[];
}

const ROLE_LISTS = ["leader", "member", "prefixTitles", "kinship", "honorifics", "leaderBeforeName", "forceLeaderBeforeName", "notLeading", "formerWords", "sharedPosts", "nationalityOnly", "personalStaff", "localPosts"] as const;

/** Checks the parsed roles lexicon and returns it typed; throws naming the file and the entry. */
export function readRolesLexicon(value: unknown, file = "lexicons/roles.json"): RolesLexicon {
  const at: At = { file, path: "" };
  const o = fields(value, at, [...ROLE_LISTS]);
  return Object.fromEntries(ROLE_LISTS.map((k) => [k, words(o[k], entry(at, k))])) as Record<(typeof ROLE_LISTS)[number], string[]>;
}

const roles = readRolesLexicon(rawRoles);
const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
export const LEADER_TITLES = set(roles.leader);
// "vice-chairman", "deputy-director": one hyphened word (wink keeps it whole) for the second to a leading post, a member.
const SECONDS = [...LEADER_TITLES].filter((w) => !w.includes(" ") && !w.includes("-")).flatMap((w) => [`vice-${w}`, `deputy-${w}`]);
const MEMBER_TITLES = new Set([...set(roles.member), ...SECONDS]);
export const PREFIX_TITLES = set(roles.prefixTitles);
export const ALL_TITLES = new Set([...LEADER_TITLES, ...MEMBER_TITLES, ...PREFIX_TITLES]);
export const KINSHIP = set(roles.kinship);
export const LEADER_BEFORE_NAME = set(roles.leaderBeforeName);
export const FORCE_LEADER_BEFORE_NAME = set(roles.forceLeaderBeforeName);
const HONORIFICS = set(roles.honorifics);
/** A form of address that is no part of a post or a name: "Sheikh", "Ayatollah". */
export const isHonorific = (word: string): boolean => HONORIFICS.has(word.toLowerCase());
// Words saying a post is no longer held: its holder leads nothing and is no one the current holder's description names.
const FORMER_WORDS = set(roles.formerWords);
const NOT_LEADING = new Set([...set(roles.notLeading), ...FORMER_WORDS]);
const SHARED_POSTS = set(roles.sharedPosts);
/** A word making a post a lesser or past one: "vice", "deputy", "former". */
export const isLesserPostWord = (word: string): boolean => NOT_LEADING.has(word.toLowerCase());
const NATIONALITY_ONLY = set(roles.nationalityOnly);
/** Whether a title before a name, qualified by a country, says only the holder's nationality ("US actor", "Russian analyst"). */
export const isNationalityOnly = (title: string): boolean => NATIONALITY_ONLY.has(withoutFormer(title).toLowerCase());

/** Whether a title is in the list, whole or by its last word ("foreign policy adviser" is an "adviser"). */
const inListByHead = (list: ReadonlySet<string>) => (title: string): boolean => {
  const t = title.toLowerCase().trim();
  return list.has(t) || list.has(t.slice(t.lastIndexOf(" ") + 1));
};
/** Whether a post leads a place rather than a state ("Mayor", "regional governor"). */
export const isLocalPost = inListByHead(set(roles.localPosts));
/** Whether a post serves a person ("aide", "foreign policy adviser", "special envoy"). */
export const isPersonalStaff = inListByHead(set(roles.personalStaff));

/** A title (possibly several words, e.g. "Chief of the General Staff", "culture minister") at token i: its end, or -1. */
export function titleAt(s: SentenceView, i: number): number {
  let end = longestPhrase(s, i, ALL_TITLES, 5);
  if (end < 0) return -1;
  // Stacked titles: "deputy prime minister", "senior fellow".
  for (let next = longestPhrase(s, end, ALL_TITLES, 5); next > end; next = longestPhrase(s, end, ALL_TITLES, 5)) end = next;
  // "Secretary of State for Foreign Affairs", "Minister for the Middle East": the office's domain after "for" is the
  // post's, no name of its own.
  const domain = s.tokens[end]?.lower === "for" ? domainWordsEnd(s, end) : end;
  return domain > end + 1 && isCap(s.tokens[domain - 1]) && endsDomain(s, domain) ? domain : end;
}

/** "former President", "ex-president": a post held once, not now. */
export const isFormerPost = (title: string): boolean => title.toLowerCase().split(/[\s-]+/).some((w) => FORMER_WORDS.has(w));
/** The post itself without the word saying it is no longer held: "former defender" is a "defender". */
export const withoutFormer = (title: string): string => title.split(/\s+/).filter((w) => !FORMER_WORDS.has(w.toLowerCase())).join(" ");
/** Whether a role led what it belongs to, now or once ("former President"): an administration named after a leader. */
export const ledOnce = (r: { title: string; leader: boolean }): boolean => r.leader || (isFormerPost(r.title) && isLeaderTitle(withoutFormer(r.title)));
/** "Former" before an owner's post ("Former Russian President X"): the post, not the country, is what it qualifies. */
export const isFormerWord = (word: string | undefined): boolean => !!word && FORMER_WORDS.has(word.toLowerCase());

/** Whether a post leads what it belongs to: "President", "prime minister"; not "deputy leader", "vice president", "former president". */
export function isLeaderTitle(title: string): boolean {
  const words = withoutHonorifics(title.toLowerCase().split(/\s+/));
  title = words.join(" ");
  if (words.some((w) => NOT_LEADING.has(w))) return false;
  // "caretaker prime minister", "interim president": a leading title after its modifiers still leads.
  const last2 = words.slice(-2).join(" ");
  return LEADER_TITLES.has(title.toLowerCase()) || (LEADER_TITLES.has(words[words.length - 1]) || (words.length > 2 && LEADER_TITLES.has(last2))) && !MEMBER_TITLES.has(title.toLowerCase());
}

/** "Prime Minister Sheikh", "Supreme Leader Ayatollah": a form of address after the post is no part of it. */
function withoutHonorifics(words: string[]): string[] {
  let n = words.length;
  while (n > 1 && HONORIFICS.has(words[n - 1])) n--;
  return n === words.length ? words : words.slice(0, n);
}

/**
 * Whether one person at a time holds the post in its body, so that a description of it ("the Tory leader", "the
 * UK chancellor", "the foreign minister") may name its holder: a leading title, or a listed post of several words
 * ("home secretary"). "MP", "minister", "spokesman", "deputy chairman", "mayor" have many holders at once.
 */
export function isSingleHolderPost(title: string): boolean {
  const t = title.toLowerCase().trim();
  const words = t.split(/\s+/);
  if (words.some((w) => NOT_LEADING.has(w)) || SHARED_POSTS.has(t) || SHARED_POSTS.has(words[words.length - 1])) return false;
  return isLeaderTitle(t) || (words.length > 1 && (MEMBER_TITLES.has(t) || LEADER_TITLES.has(t)));
}

/** A word that names a post on its own ("leader", "fellow", "minister"), not a form of address ("Mr", "Sir"). */
export function isPostWord(word: string): boolean {
  const w = word.toLowerCase();
  return LEADER_TITLES.has(w) || MEMBER_TITLES.has(w);
}

// Words naming whoever leads, whatever the office is called: "the North Korean leader" is its President or Chairman.
const GENERIC_LEADS = new Set(["leader", "head", "chief", "ruler", "strongman", "head of state", "supreme leader"]);
const SAME_OFFICE: Record<string, string> = { pm: "prime minister", premier: "prime minister", "chief executive": "ceo" };

/**
 * The office a post names, for matching a description to its holder: a generic word ("leader") names the leading
 * office; any other title its own office ("UK chancellor" is the Chancellor, not the Prime Minister).
 */
export function officeKey(title: string, leader: boolean): string {
  const words = title.toLowerCase().split(/\s+/);
  const last2 = words.slice(-2).join(" ");
  const office = LEADER_TITLES.has(last2) ? last2 : words[words.length - 1];
  if (leader && GENERIC_LEADS.has(office)) return "leader";
  return SAME_OFFICE[office] ?? office;
}

/**
 * Whether the domain words end at j: a body's own head is no domain ("a spokesman for the Home Office"), nor are the
 * first words of a longer body's name ("for the European Anti-Fraud Office"); a holder's given name may follow.
 */
function endsDomain(s: SentenceView, j: number): boolean {
  const t = s.tokens;
  if (DOMAIN_BODY_HEADS.has(t[j - 1].lower)) return false;
  return !t[j] || !isCap(t[j]) || isGivenName(t[j].text);
}

const DOMAIN_BODY_HEADS = new Set(["office", "government", "cabinet", "administration"]);

/** Where the capitalised office-domain words after the "of" or "for" at k end ("of National Security", "for Foreign Affairs and Trade"). */
export function domainWordsEnd(s: SentenceView, k: number): number {
  const t = s.tokens;
  let j = k + 1;
  if (t[j]?.lower === "the") j++;
  const first = j;
  while (j < t.length && ((isCap(t[j]) && OFFICE_DOMAINS.has(t[j].lower)) || ((t[j].lower === "and" || t[j].lower === "of") && j > first && t[j + 1] && isCap(t[j + 1]) && OFFICE_DOMAINS.has(t[j + 1].lower)))) j++;
  return j;
}
