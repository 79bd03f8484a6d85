// ISO country codes → the canonical country names the gazetteer uses, so that
// generated data names countries exactly as lexicons/gazetteer.json and
// lexicons/countries.json do.
import { countryNamed } from "../gazetteer/countries";

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
}

/** Alpha-2 and alpha-3 codes → canonical name, for every country the gazetteer knows. */
export function countryCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const c of require("world-countries") as WorldCountry[]) {
    const name = [c.name.common, c.name.official, ...c.altSpellings].map(countryNamed).find(Boolean);
    if (!name) continue;
    codes.set(c.cca2, name);
    codes.set(c.cca3, name);
  }
  return codes;
}
