// "The Islamic Republic" for Iran, "the Hashemite Kingdom" for Jordan: the opening words of a country's official name
// ("Islamic Republic of Iran") stand for the country in an article that names it, when no other country the article
// names shares them (Pakistan is an Islamic Republic too).
import hand from "../../lexicons/gazetteer.json";
import world from "../../lexicons/countries.json";
import { countryNamed } from "../gazetteer/countries";
import { nameKey } from "../names";
import { lexiconIndex } from "../lexicon-snapshot";

/** Name key of the words before " of " in an official name ("islamic republic") → the countries named so. */
const epithets = lexiconIndex("country-epithets", () => {
  const map = new Map<string, string[]>();
  for (const c of [...world.countries, ...(hand.countries as { name: string; aliases?: string[] }[])]) {
    const country = countryNamed(c.name) ?? c.name;
    for (const a of c.aliases ?? []) {
      const key = nameKey(a);
      const at = key.indexOf(" of ");
      // Two words at least: "Republic" alone opens half the world's official names.
      if (at < 0 || !key.slice(0, at).includes(" ")) continue;
      const list = map.get(key.slice(0, at)) ?? [];
      if (!list.includes(country)) map.set(key.slice(0, at), [...list, country]);
    }
  }
  return map;
});

/** The one country of those named in the article that this epithet stands for, if there is one. */
export function countryOfEpithet(name: string, namedCountries: ReadonlySet<string>): string | undefined {
  const countries = epithets().get(nameKey(name))?.filter((c) => namedCountries.has(c)) ?? [];
  return countries.length === 1 ? countries[0] : undefined;
}

/** Whether any official name opens with these words (checked before the article's countries are gathered). */
export const isCountryEpithet = (name: string): boolean => epithets().has(nameKey(name));
