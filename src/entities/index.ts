// Entities: the mentions of one article grouped into the things they name.
// Short names join the full name they abbreviate ("Kim" → "Kim Jong Un"),
// descriptions join the office holder ("the North Korean leader"), and
// pronouns, "the country" and "the soldiers" join what they refer back to.
// Across articles, entities are merged by merge.ts (used by src/assemble.ts).
import type { DocEntities, SentenceMentions } from "./types";
import { newEntityTable } from "./table";
import { groupNamedMentions, ownersAreMentioned, postsTakeTheirCountry, settleKinds } from "./grouping";
import { resolveReferences } from "./references";
import { resolveStandIns } from "./aliases";
import { markNoEntities } from "./no-entities";
import { makersOfProducts, productsOfMakers } from "./products";

export type { DocEntities, DocEntity, MentionLinks, SentenceMentions } from "./types";

/** The entities of one article and the entity of each mention. */
export function resolveEntities(sentences: SentenceMentions[]): DocEntities {
  resolveStandIns(sentences);
  const table = newEntityTable(sentences);
  groupNamedMentions(table, sentences);
  makersOfProducts(table, sentences);
  settleKinds(table);
  markNoEntities(table, sentences);
  productsOfMakers(table);
  postsTakeTheirCountry(table, sentences);
  ownersAreMentioned(table, sentences);
  resolveReferences(table, sentences);
  return { entities: table.entities, links: table.links };
}
