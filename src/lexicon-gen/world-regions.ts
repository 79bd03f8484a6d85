// Continents and world regions: the continents and UN subregions of
// world-countries (ODbL 1.0) with their member countries, merged with the
// hand-written geopolitical regions, seas and disputed areas of
// lexicons/world-regions-extra.json (which win where both name a region).
import { nameKey } from "../names";
import { uniqueBy } from "./write-lexicon";
import type { RegionType, WorldRegion } from "../gazetteer/places";

/** The generated entry is what the runtime loader reads. */
export type WorldRegionEntry = WorldRegion;

interface WorldCountry {
  cca2: string;
  region: string;
  subregion?: string;
}

/** Names world-countries uses that English news does not. */
const CONTINENT_ALIASES: Record<string, string[]> = { Americas: ["the Americas"], Antarctic: ["Antarctica"] };

/** Continents and subregions of world-countries, with the canonical names of their countries. */
export function packageRegions(countries: Map<string, string>): WorldRegionEntry[] {
  const byName = new Map<string, WorldRegionEntry>();
  const add = (name: string, type: RegionType, country: string | undefined) => {
    let r = byName.get(name);
    if (!r) byName.set(name, (r = { name, type, aliases: CONTINENT_ALIASES[name] ?? [], countries: [] }));
    if (country && !r.countries.includes(country)) r.countries.push(country);
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const c of require("world-countries") as WorldCountry[]) {
    const country = countries.get(c.cca2);
    add(c.region, "continent", country);
    if (c.subregion) add(c.subregion, "subregion", country);
  }
  return [...byName.values()];
}

/** The package's regions merged with the hand-written ones: one entry per region, hand-written names first. */
export function worldRegionEntries(countries: Map<string, string>, written: WorldRegionEntry[]): WorldRegionEntry[] {
  const generated = packageRegions(countries);
  const out: WorldRegionEntry[] = [];
  const used = new Set<WorldRegionEntry>();
  for (const w of written) {
    const keys = new Set([w.name, ...w.aliases].map(nameKey));
    const same = generated.find((g) => keys.has(nameKey(g.name)));
    if (same) used.add(same);
    const aliases = uniqueBy([w.name, ...w.aliases, ...(same ? [same.name, ...same.aliases] : [])], nameKey).slice(1);
    out.push({ name: w.name, type: w.type, aliases, countries: w.countries.length || !same ? w.countries : same.countries });
  }
  for (const g of generated) if (!used.has(g)) out.push(g);
  for (const r of out) r.countries.sort();
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}
