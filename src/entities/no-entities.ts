// Names that are no entity of any kind: a one-word name the article also
// writes in lower case ("the Budget" … "budget cuts"; "the Games" …
// "computer games") is a common noun capitalised by house style, and a name
// listed with the title of a work ("The Aviator, Million Dollar Baby and
// Sideways") is a title too. A lone event head ("the Games") that names no
// longer event of the article is a reference the article never resolves.
import type { EntityTable } from "./table";
import type { DocEntity, SentenceMentions } from "./types";
import { headKind } from "../mentions/classification";
import { NAMING_EVENT_HEADS } from "../mentions/entity-cues";
import { nameTokens } from "../names";

/** Marks, in place, the entities of the table that name no entity. */
export function markNoEntities(table: EntityTable, sentences: SentenceMentions[]): void {
  worksListedTogether(table, sentences);
  markCommonNouns(table, sentences);
  loneEventHeads(table);
}

/** "the Games", "the Championship" alone: an event head that is no name by itself ("the Olympics" is) names no event here. */
function loneEventHeads(table: EntityTable): void {
  for (const e of table.entities) {
    const words = nameTokens(e.label);
    if (e.kind === "Event" && !e.known && words.length === 1 && headKind(words[0]) === "Event" && !NAMING_EVENT_HEADS.has(words[0])) e.noEntity = true;
  }
}

/** Marks, in place, the entities of the table that are common nouns written with a capital. */
function markCommonNouns(table: EntityTable, sentences: SentenceMentions[]): void {
  // The few candidates first, each by its lower-case label, so that the article's tokens are only looked up, not collected.
  const byLower = new Map<string, DocEntity[]>();
  for (const e of table.entities) {
    // Countries, places and persons are names however the article writes other words ("turkey", "china", "bush").
    if (e.known || e.kind === "Person" || e.kind === "Country" || e.kind === "Location" || /[\s-]/.test(e.label)) continue;
    const lower = e.label.toLowerCase();
    const same = byLower.get(lower);
    if (same) same.push(e);
    else byLower.set(lower, [e]);
  }
  for (const s of sentences)
    for (const t of s.tokens ?? []) {
      if (!byLower.size) return;
      const written = t.text === t.lower ? byLower.get(t.lower) : undefined;
      if (!written) continue;
      for (const e of written) e.noEntity = true;
      byLower.delete(t.lower);
    }
}

/** A name in a list with a title of a work ("A, B and C", "A or B") is a title too, unless the gazetteer or its kind says otherwise. */
function worksListedTogether(table: EntityTable, sentences: SentenceMentions[]): void {
  sentences.forEach((s, si) => {
    const t = s.tokens;
    if (!t) return;
    for (let k = 0; k + 1 < s.mentions.length; k++) {
      const a = s.mentions[k];
      const b = s.mentions[k + 1];
      // Most pairs hold no title: asked before the words between them are read (issue 9).
      if (!a.work && !b.work) continue;
      const gap = t.slice(a.end, b.start).map((x) => x.lower);
      if (a.ref || b.ref || !gap.length || gap.length > 2 || !gap.every((w) => w === "," || w === "and" || w === "or")) continue;
      const other = a.work ? b : b.work ? a : undefined;
      const e = other ? table.entities[table.links[si][s.mentions.indexOf(other)]] : undefined;
      if (!other || !e || e.known || (!e.guess && e.kind !== "Organization")) continue;
      other.work = true;
      e.noEntity = true;
    }
  });
}
