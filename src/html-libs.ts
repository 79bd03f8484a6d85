// linkedom and Mozilla's Readability take about 0.2 s to load, and most corpora
// have no HTML: they are loaded when the first HTML page or feed entry is read.
// So are fast-xml-parser (the first feed) and entities (the first text with an
// `&`), which every thread loaded at start otherwise, the main one before it
// could start the workers.
import type * as Linkedom from "linkedom";
import type * as ReadabilityModule from "@mozilla/readability";
import type * as Entities from "entities";
import type * as FastXmlParser from "fast-xml-parser";

export interface HtmlLibs {
  parseHTML: typeof Linkedom.parseHTML;
  Readability: typeof ReadabilityModule.Readability;
}

let loaded: HtmlLibs | undefined;

export function htmlLibs(): HtmlLibs {
  /* eslint-disable @typescript-eslint/no-require-imports */
  loaded ??= {
    parseHTML: (require("linkedom") as typeof Linkedom).parseHTML,
    Readability: (require("@mozilla/readability") as typeof ReadabilityModule).Readability,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return loaded;
}

let entities: typeof Entities | undefined;

/** entities' strict HTML decoder (about 20 ms of CPU to load). */
export function decodeHTMLStrict(text: string): string {
  entities ??= require("entities") as typeof Entities; // eslint-disable-line @typescript-eslint/no-require-imports
  return entities.decodeHTMLStrict(text);
}

let xml: typeof FastXmlParser | undefined;

/** fast-xml-parser, for the first RSS or Atom feed. */
export function xmlParserLib(): typeof FastXmlParser {
  xml ??= require("fast-xml-parser") as typeof FastXmlParser; // eslint-disable-line @typescript-eslint/no-require-imports
  return xml;
}
