// A country's body named two ways: "the Russian Central Bank" and "the Central Bank of Russia", "the Russian Security
// Council" and "the Security Council of Russia". Both forms get one key, the body's words and its country, so that
// they join in an article (aliases.ts) and across articles (merge.ts).
import hand from "../../lexicons/gazetteer.json";
import world from "../../lexicons/countries.json";
import type { EntityKind } from "../schema";
import { countryNamed } from "../gazetteer/countries";
import { headKind } from "../mentions/classification";
import { nameKey } from "../names";
import { lexiconIndex } from "../lexicon-snapshot";

/** Demonym (name key) → the canonical country: "russian" → Russia, "south korean" → South Korea. */
const demonyms = lexiconIndex("owned-body-demonyms", () => {
  const map = new Map<string, string>();
  for (const c of [...world.countries, ...(hand.countries as { name: string; demonyms: string[] }[])]) {
    const country = countryNamed(c.name) ?? c.name;
    for (const d of c.demonyms) map.set(nameKey(d), country);
  }
  return map;
});

const BODY_KINDS: ReadonlySet<EntityKind> = new Set(["Organization", "MilitaryForce"]);

/** The body's words and its country's ("central bank|russia"), when the name is "<demonym> <body>" or "<body> of <country>". */
export function ownedBodyKey(name: string, kind: EntityKind): string | undefined {
  if (!BODY_KINDS.has(kind)) return undefined;
  const key = nameKey(name);
  return ofCountryKey(key) ?? demonymKey(key);
}

/** A body of two words or more ending in a body's head word ("central bank", "security council"; not "bank"). */
const isBody = (words: string[]) => words.length >= 2 && !!headKind(words[words.length - 1]);

/** "central bank of russia" → "central bank|russia". */
function ofCountryKey(key: string): string | undefined {
  const at = key.lastIndexOf(" of ");
  if (at < 0) return undefined;
  const body = key.slice(0, at).split(" ");
  const country = countryNamed(key.slice(at + 4).replace(/^the /, ""));
  return country && isBody(body) ? `${body.join(" ")}|${nameKey(country)}` : undefined;
}

/** "russian central bank" → "central bank|russia"; a demonym of two words first ("south korean"). */
function demonymKey(key: string): string | undefined {
  const words = key.split(" ");
  for (const n of [2, 1]) {
    const country = demonyms().get(words.slice(0, n).join(" "));
    if (country && isBody(words.slice(n))) return `${words.slice(n).join(" ")}|${nameKey(country)}`;
  }
  return undefined;
}
