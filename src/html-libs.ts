// linkedom and Mozilla's Readability take about 0.2 s to load, and most corpora
// have no HTML: they are loaded when the first HTML page or feed entry is read.
import type * as Linkedom from "linkedom";
import type * as ReadabilityModule from "@mozilla/readability";

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
