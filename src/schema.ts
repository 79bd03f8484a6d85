// The graph contract of SCHEMA.md as types and constants: the one place the
// names of entity kinds, relation types and attributes are written down.

export const ENTITY_KINDS = [
  "Person",
  "Country",
  "Organization",
  "Company",
  "MilitaryForce",
  "Location",
  "Agreement",
  "Event",
  "Weapon",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface RelationSpec {
  label: string;
  symmetric: boolean;
  cameo: string;
}

export const RELATIONS = {
  SENT_TROOPS_TO: { label: "sent troops to", symmetric: false, cameo: "07" },
  SUPPLIED_WEAPONS_TO: { label: "supplied weapons to", symmetric: false, cameo: "07" },
  ATTACKED: { label: "attacked", symmetric: false, cameo: "19" },
  FOUGHT_IN: { label: "fought in", symmetric: false, cameo: "19" },
  CAPTURED: { label: "captured", symmetric: false, cameo: "19" },
  VISITED: { label: "visited", symmetric: false, cameo: "042" },
  HOSTED: { label: "hosted", symmetric: false, cameo: "043" },
  MET_WITH: { label: "met with", symmetric: true, cameo: "04" },
  SIGNED_AGREEMENT_WITH: { label: "signed an agreement with", symmetric: true, cameo: "057" },
  ALLIED_WITH: { label: "allied with", symmetric: true, cameo: "05" },
  SENT_MESSAGE_TO: { label: "sent a message to", symmetric: false, cameo: "02" },
  PRAISED: { label: "praised", symmetric: false, cameo: "051" },
  CRITICIZED: { label: "criticized", symmetric: false, cameo: "11" },
  THREATENED: { label: "threatened", symmetric: false, cameo: "13" },
  SANCTIONED: { label: "sanctioned", symmetric: false, cameo: "163" },
  SUPPORTED: { label: "supported", symmetric: false, cameo: "05, 07" },
  LEADER_OF: { label: "leader of", symmetric: false, cameo: "–" },
  MEMBER_OF: { label: "member of", symmetric: false, cameo: "–" },
  PART_OF: { label: "part of", symmetric: false, cameo: "–" },
  LOCATED_IN: { label: "located in", symmetric: false, cameo: "–" },
  RELATIVE_OF: { label: "relative of", symmetric: true, cameo: "–" },
} as const satisfies Record<string, RelationSpec>;
export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === "string" && (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(RELATIONS, value);
}

/** One entry of the graph attribute `articles`. */
export interface ArticleInfo {
  id: string;
  title: string;
  date?: string;
  source?: string;
  path: string;
  /** The cleaned text's file, relative to graph.json's folder (evidence offsets point into it). */
  textFile?: string;
}

export type Modality = "asserted" | "planned" | "reported" | "possible";

/** The sentence that states a relation, verbatim, with where it stands in the cleaned text. */
export interface Evidence {
  doc: string;
  sentence: string;
  start: number;
  end: number;
  verb: string;
  modality?: Modality;
  /** The article's publication date (ISO), where known. */
  articleDate?: string;
  /** The event's own date (ISO, or YYYY-MM / YYYY), where the sentence gives one. */
  eventDate?: string;
  /** The post held, for MEMBER_OF. */
  role?: string;
}

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  aliases: string[];
  docs: string[];
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  relation: RelationType;
  label: string;
  evidence: Evidence[];
  size?: number;
  color?: string;
}

export interface GraphAttributes {
  articles: ArticleInfo[];
}

/** Colours by kind, chosen from the Okabe–Ito palette so they stay apart with colour blindness. */
export const KIND_COLORS: Record<EntityKind, string> = {
  Person: "#E69F00",
  Country: "#0072B2",
  Organization: "#009E73",
  Company: "#CC79A7",
  MilitaryForce: "#D55E00",
  Location: "#56B4E9",
  Agreement: "#F0E442",
  Event: "#999999",
  Weapon: "#000000",
};
