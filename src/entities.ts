// Entities: the mentions of one article grouped into the things they name.
// Short names join the full name they abbreviate ("Kim" → "Kim Jong Un"),
// descriptions join the office holder ("the North Korean leader"), and
// pronouns, "the country" and "the soldiers" join what they refer back to.
import type { EntityKind } from "./schema";
import type { Mention, Role } from "./mentions";
import { countryInfo, knownEntity } from "./gazetteer";
import { nameKey, nameTokens } from "./names";

export interface DocEntity {
  id: number;
  label: string;
  kind: EntityKind;
  aliases: string[];
  known: boolean;
  /** Posts held, as the article states them. */
  roles: Role[];
  /** Unresolved description ("Russian leader"): the build resolves it across articles or drops it. */
  roleRef?: Role;
  /** Mentioned by name in the article (not only through a pronoun). */
  named: boolean;
  /** Only ever a capitalised word opening a sentence: needs confirmation from other articles. */
  weak?: boolean;
}

export interface SentenceMentions {
  mentions: Mention[];
}

/** Mention → entity id, for each sentence (same shape as the mentions), or -1 where nothing fits. */
export type MentionLinks = number[][];

export interface DocEntities {
  entities: DocEntity[];
  links: MentionLinks;
}

const KIND_ORDER: EntityKind[] = ["Person", "Country", "Organization", "Company", "MilitaryForce", "Location", "Agreement", "Event", "Weapon"];

export function resolveEntities(sentences: SentenceMentions[]): DocEntities {
  const entities: DocEntity[] = [];
  const byKey = new Map<string, DocEntity>();
  const votes = new Map<number, Map<EntityKind, number>>();
  const links: MentionLinks = sentences.map((s) => s.mentions.map(() => -1));

  const vote = (e: DocEntity, kind: EntityKind, certainty: number) => {
    if (!votes.has(e.id)) votes.set(e.id, new Map());
    const v = votes.get(e.id)!;
    v.set(kind, (v.get(kind) ?? 0) + 1 + certainty * 10);
  };
  const create = (label: string, kind: EntityKind, known: boolean): DocEntity => {
    const e: DocEntity = { id: entities.length, label, kind, aliases: [], known, roles: [], named: true };
    entities.push(e);
    byKey.set(nameKey(label), e);
    return e;
  };
  const addAlias = (e: DocEntity, alias: string) => {
    const a = alias.replace(/^(the|The)\s+/, "").replace(/['’]s$/, "").trim();
    if (a && !e.aliases.includes(a)) e.aliases.push(a);
  };

  // 1. Named mentions, full names first so that short forms can join them.
  const named: { si: number; mi: number; m: Mention }[] = [];
  sentences.forEach((s, si) => s.mentions.forEach((m, mi) => { if (!m.ref) named.push({ si, mi, m }); }));
  const confirmed = new Set(named.filter((x) => !x.m.initial).map((x) => nameKey(x.m.name)));
  const order = [...named].sort((a, b) => nameTokens(b.m.name).length - nameTokens(a.m.name).length || a.si - b.si || a.mi - b.mi);
  for (const { si, mi, m } of order) {
    const key = nameKey(m.name);
    let e = byKey.get(key);
    // A lone capitalised word opening a sentence and named nowhere else here may be an ordinary word
    // ("Images showed …"): kept as weak, it survives only if other articles confirm the name.
    const weak = m.initial && !e && !confirmed.has(key) && !knownEntity(m.name) && !shortFormOf(m, entities);
    if (!e && (m.kind === "Person" || m.certainty === 0) && !m.known) e = shortFormOf(m, entities);
    if (!e && !m.known && m.kind !== "Person") e = prefixOf(m, entities);
    if (!e) {
      e = create(m.name, m.kind, m.known);
      if (weak) e.weak = true;
    }
    if (m.known && !e.known) {
      e.known = true;
      e.label = m.name;
    }
    links[si][mi] = e.id;
    vote(e, m.kind, m.certainty);
    if (!m.adjectival) addAlias(e, m.surface);
    if (m.name !== e.label) addAlias(e, m.name);
    if (m.role) e.roles.push(m.role);
  }
  for (const e of entities) {
    const v = votes.get(e.id)!;
    e.kind = [...v.entries()].sort((a, b) => b[1] - a[1] || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]))[0][0];
    const k = knownEntity(e.label);
    if (k) e.kind = k.kind;
  }

  // Posts stated without their country take it from the same post described elsewhere ("Ukraine's interior minister" … "Interior minister Igor Klymenko").
  const roleRefs: Mention[] = sentences.flatMap((s) => s.mentions.filter((m) => m.ref === "role"));
  for (const e of entities)
    for (const r of e.roles)
      if (!r.of && !r.ofRef) {
        const same = roleRefs.find((x) => x.role && x.role.of && x.role.title.toLowerCase() === r.title.toLowerCase());
        if (same) r.of = same.role!.of;
      }

  // What a name says it belongs to is mentioned too: "Russian President Putin" names Russia.
  for (const s of sentences)
    for (const m of s.mentions) {
      const owner = m.ref ? undefined : m.owner ?? m.role?.of;
      const k = owner ? knownEntity(owner) : undefined;
      if (owner && k && !byKey.has(nameKey(owner))) vote(create(owner, k.kind, true), k.kind, 2);
    }
  for (const e of entities) if (!votes.has(e.id)) vote(e, e.kind, 2);

  // 2. References, in reading order.
  let lastCountry: DocEntity | undefined;
  let lastForce: DocEntity | undefined;
  let lastPersonSubject: DocEntity | undefined;
  const countryOf = (p: DocEntity | undefined): string | undefined => p?.roles.find((r) => r.of && r.leader)?.of ?? p?.roles.find((r) => r.of)?.of;
  const byLabel = (label: string, kind: EntityKind) => byKey.get(nameKey(label)) ?? create(label, kind, true);

  let lastCountryName: string | undefined;
  sentences.forEach((s, si) => {
    let firstPerson: DocEntity | undefined;
    s.mentions.forEach((m, mi) => {
      let e: DocEntity | undefined = links[si][mi] >= 0 ? entities[links[si][mi]] : undefined;
      if (m.ref === "adjective") {
        lastCountryName = m.name;
        lastCountry = undefined;
        return;
      }
      if (m.ref === "pronoun") {
        e = firstPerson ?? lastPersonSubject;
        if (e) links[si][mi] = e.id;
        return;
      }
      if (m.ref === "country") {
        const viaPronoun = m.surface.toLowerCase().startsWith("his") || m.surface.toLowerCase().startsWith("her");
        const c = viaPronoun ? countryOf(firstPerson ?? lastPersonSubject) : undefined;
        e = c ? byLabel(c, "Country") : lastCountry ?? (lastCountryName ? byLabel(lastCountryName, "Country") : undefined);
        if (e) links[si][mi] = e.id;
        // "the country's leader Kim Jong Un": the post belongs to that country.
        const next = s.mentions[mi + 1];
        if (e && next?.role?.ofRef && links[si][mi + 1] >= 0) {
          const holder = entities[links[si][mi + 1]];
          for (const r of holder.roles) if (r.ofRef) { r.of = e.label; r.ofRef = false; }
        }
        return;
      }
      if (m.ref === "force") {
        let c: string | undefined;
        if (/^its\b/i.test(m.surface)) c = lastCountry?.label;
        const f = c ? countryInfo(c)?.military : undefined;
        const fromSubject = countryOf(firstPerson ?? lastPersonSubject);
        e = f ? byLabel(f, "MilitaryForce") : lastForce ?? (fromSubject && countryInfo(fromSubject) ? byLabel(countryInfo(fromSubject)!.military, "MilitaryForce") : undefined);
        if (e) links[si][mi] = e.id;
        return;
      }
      if (m.ref === "role") {
        const r = m.role!;
        e = entities.find((x) => x.kind === "Person" && x.roles.some((y) => y.of === r.of && (r.leader ? y.leader : y.title.toLowerCase() === r.title.toLowerCase())));
        if (!e) {
          e = create(m.name, "Person", false);
          e.roleRef = r;
          e.named = false;
        }
        links[si][mi] = e.id;
        addAlias(e, m.surface);
        if (!e.roleRef) addAlias(e, m.name);
        return;
      }
      if (!e) return;
      if (e.kind === "Country") {
        lastCountry = e;
        lastCountryName = undefined;
      }
      if (e.kind === "MilitaryForce") lastForce = e;
      if (e.kind === "Person" && !firstPerson) firstPerson = e;
    });
    if (firstPerson) lastPersonSubject = firstPerson;
  });
  return { entities, links };
}

/** A single surname or given name that abbreviates a longer person name already seen. */
function shortFormOf(m: Mention, entities: DocEntity[]): DocEntity | undefined {
  const words = nameTokens(m.name);
  if (words.length > 2) return undefined;
  const cands = entities.filter((e) => {
    if (e.kind !== "Person" && !(e.kind === "Organization" && e.known === false)) return false;
    const full = nameTokens(e.label);
    if (full.length <= words.length) return false;
    if (words.length === 1) return full[full.length - 1] === words[0] || full[0] === words[0];
    return full.slice(-2).join(" ") === words.join(" ") || full.slice(0, 2).join(" ") === words.join(" ");
  });
  return cands[0];
}

/** "Carnegie Endowment" for "Carnegie Endowment for International Peace". */
function prefixOf(m: Mention, entities: DocEntity[]): DocEntity | undefined {
  const words = nameTokens(m.name);
  return entities.find((e) => e.kind === m.kind && !e.known && nameTokens(e.label).length > words.length && nameTokens(e.label).slice(0, words.length).join(" ") === words.join(" "));
}
