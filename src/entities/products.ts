// A product and its maker (issue 10, BBC class 1): the name a product's name
// opens with ("Kestrel" of "the Kestrel Volt Mini players") is its maker, a
// company; and a name of three words or more that opens with a company of the
// same article, that no head word makes a body ("Kestrel Volt Mini", not "Kestrel
// Industries") and that no cue shows a firm ("EMI Music"), is one of its
// products, no entity.
import type { EntityTable } from "./table";
import type { DocEntity, SentenceMentions } from "./types";
import { vote } from "./table";
import { nameKey, nameTokens } from "../names";
import { headKind } from "../mentions/classification";

/** The entity of the article named by the first words of a longer name, the longest such, or undefined. */
function openedBy(table: EntityTable, words: readonly string[], self: DocEntity | undefined): DocEntity | undefined {
  for (let n = words.length - 1; n >= 1; n--) {
    const e = table.byKey.get(nameKey(words.slice(0, n).join(" ")));
    if (e && e !== self) return e;
  }
  return undefined;
}

/**
 * Each name a product's name opens with is a company: a vote strong enough to outweigh "Kestrel said"; and a name, even
 * where the article writes it alone only at the start of sentences.
 */
export function makersOfProducts(table: EntityTable, sentences: SentenceMentions[]): void {
  sentences.forEach((s, si) =>
    s.mentions.forEach((m, mi) => {
      if (!m.work || m.ref) return;
      const words = nameTokens(m.name);
      const maker = words.length > 1 ? openedBy(table, words, table.entities[table.links[si][mi]]) : undefined;
      if (!maker || maker.known) return;
      vote(table, maker, "Company", 2);
      maker.weak = undefined;
    }),
  );
}

/**
 * Marks, in place, the names that open with a company of the article and end in no body's head word: its products;
 * and the rest of such a name written alone ("Aero Slim Max" after "Lumin Aero Slim Max").
 */
export function productsOfMakers(table: EntityTable): void {
  for (const e of table.entities) {
    const words = nameTokens(e.label);
    // "EMI Music", "Delta Air Lines": a firm the article shows as one (a cue, a head word) is no product; nor is a
    // group's affiliate named by one more word ("Kolvan Rotem"): a product's name has a line and a model.
    if (e.known || words.length < 3 || !e.guess || headKind(words[words.length - 1])) continue;
    const maker = openedBy(table, words, e);
    if (maker?.kind !== "Company") continue;
    e.noEntity = true;
    const rest = table.byKey.get(nameKey(words.slice(nameTokens(maker.label).length).join(" ")));
    if (rest && !rest.known && (rest.kind !== "Person" || rest.guess)) rest.noEntity = true;
  }
}
