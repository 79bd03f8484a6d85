// The shapes of mentions: spans of a sentence that name (or refer to) an entity.
import type { EntityKind } from "../schema";
import type { Token } from "../nlp";

export interface Role {
  /** The post as written, e.g. "President", "culture minister". */
  title: string;
  leader: boolean;
  /** Canonical name of the country or body the post belongs to, where the text says. */
  of?: string;
  /** The post belongs to "the country" or "his country", resolved later. */
  ofRef?: boolean;
}

export type RefKind = "role" | "country" | "force" | "pronoun" | "adjective";

export interface Mention {
  /** Token span [start, end). */
  start: number;
  end: number;
  /** Character offsets in the sentence. */
  from: number;
  to: number;
  surface: string;
  /** The name that identifies it: a canonical label when known, else the name without titles. */
  name: string;
  kind: EntityKind;
  /** How sure the kind is: 2 gazetteer or head word, 1 context, 0 guess. */
  certainty: 0 | 1 | 2;
  known: boolean;
  role?: Role;
  /** A reference to resolve from context rather than a name. */
  ref?: RefKind;
  /** Owning country or body stated with the mention ("Russia's Kursk region" → Russia). */
  owner?: string;
  possessive: boolean;
  /** Where the mention's whole phrase begins, titles and owner included ("Russian President …"). */
  outerStart?: number;
  /** A demonym standing for its country ("a Russian missile"): not a name to list among the aliases. */
  adjectival?: boolean;
  /** A single capitalised word opening a sentence: kept only if the name is confirmed elsewhere. */
  initial?: boolean;
  /** A capital standing for its country's government (or a place when false). */
  metonym?: boolean;
  /** An acronym defined in brackets after the full name ("(OFAC)"): its surface stands for `name` in the whole article. */
  definedAcronym?: boolean;
  /** "Deputy Chairman of the Security Council X": a body named by its head alone, the UN's or the holder's country's, as the article says. */
  bareBody?: boolean;
  /** The title of a work or a product ("The Aviator", "Xbox consoles"): no entity of any kind; kept out of the graph by the entity stage. */
  work?: boolean;
  /** An agreement named by its parties ("the US-Japan Security Treaty"): their canonical names. */
  parties?: [string, string];
  /** A city's name standing for the sports club named after it ("Newcastle manager"): the club, apart from the city. */
  club?: boolean;
  /** "the Biden administration": the surname of the leader whose government this is, resolved by the entity stage. */
  administrationOf?: string;
}

export interface SentenceView {
  text: string;
  tokens: Token[];
}

/** What a pattern found at a token: mentions, and where reading goes on. */
export type Step = { mention?: Mention; mentions?: Mention[]; end: number };
