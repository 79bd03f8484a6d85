// Person nouns glued before a name (issue 10, BBC class 2): "DJ John Peel",
// "singer Ana Lopes" name John Peel and Ana Lopes; the noun describes them and
// is no part of the name. lexicons/descriptors.json (generated from
// compromise's lexicon), checked when loaded. Titles ("President", "General")
// are not skipped here: the title rules keep them as the holder's post.
import type { SentenceView } from "./types";
import { entry, fields, list, lowerWord, type At } from "../lexicon-check";
import rawDescriptors from "../../lexicons/descriptors.json";
import { isGivenName } from "../gazetteer/names";
import { ALL_TITLES } from "./titles";
import { isCap } from "./tokens";

/** Checks the parsed descriptors lexicon: a list of lower-case words. */
export function readDescriptors(value: unknown, file = "lexicons/descriptors.json"): Set<string> {
  const at: At = { file, path: "" };
  return new Set(list(fields(value, at, ["descriptors"]).descriptors, entry(at, "descriptors"), lowerWord));
}

const DESCRIPTORS = readDescriptors(rawDescriptors);

/** Whether token i is a person noun that a given name follows ("DJ John Peel"): the name starts after it. */
export function isDescriptorBeforeName(s: SentenceView, i: number): boolean {
  const t = s.tokens;
  const next = t[i + 1];
  return DESCRIPTORS.has(t[i].lower) && !ALL_TITLES.has(t[i].lower) && !!next && isCap(next) && isGivenName(next.text);
}
