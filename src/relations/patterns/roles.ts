// Posts and ownership stated with a name: "Russian President Vladimir Putin"
// (LEADER_OF), "Russian defense minister Sergei Shoigu" (MEMBER_OF),
// "South Korea's Defense Ministry" (PART_OF), "Russia's Kursk region" (LOCATED_IN),
// "the US-Japan Security Treaty" (SIGNED_AGREEMENT_WITH).
import type { RelationType } from "../../schema";
import type { SentenceContext } from "../types";
import type { Mention } from "../../mentions";
import { countryInfo } from "../../gazetteer";
import { knownPersons, personsBySurname } from "../../gazetteer/names";
import { inOffice } from "../../gazetteer/office-holders";
import type { DocEntity } from "../../entities";
import { HEAD_OF_STATE_TITLES, isPrivateOutlet } from "../../mentions/structure-lexicon";
import { isNationalityOnly } from "../../mentions/titles";
import { DIPLOMATIC_MISSIONS, PLACED_ORGANIZATION_HEADS } from "../lexicon";

export function rolesWithName(c: SentenceContext): void {
  const { s, entities, entityAt, add } = c;
  s.mentions.forEach((m, k) => {
    const e = entityAt(k);
    if (!e) return;
    if (m.role && !m.ref && m.kind === "Person") {
      const stated = m.role.of ? entities.find((x) => x.label === m.role!.of || x.aliases.includes(m.role!.of!)) : undefined;
      const unstated = !m.role.of && !m.role.ofRef && m.role.leader && HEAD_OF_STATE_TITLES.has(m.role.title.toLowerCase());
      // "US actor Ossie Davis", "Russian analyst X": a nationality, no post in the country's state.
      const of = unstated ? governedCountry(c, e) : stated?.kind === "Country" && isNationalityOnly(m.role.title) ? undefined : stated;
      const rel: RelationType = m.role.leader ? "LEADER_OF" : "MEMBER_OF";
      add(e, of, rel, m.role.title, "asserted", rel === "MEMBER_OF" ? m.role.title : undefined);
    }
    if (m.owner && !m.ref) ownedRelation(c, m, e);
    if (m.kind === "Person" && !m.ref && !m.role) countrysPerson(c, k, e);
    // "the US-Japan Security Treaty": the name states who concluded it.
    if (m.parties && e.kind === "Agreement") {
      const [a, b] = m.parties.map((p) => entities.find((x) => x.label === p));
      if (a) add(a, b, "SIGNED_AGREEMENT_WITH", m.surface, "asserted");
    }
  });
}

/**
 * "Germany's Olaf Scholz", "India's Narendra Modi": a country's possessive before a person's name says the person is
 * its own; the person leads it when the article gives them a leading post with no other country ("Chancellor Olaf
 * Scholz"), and is its member when the article gives them only other posts ("Foreign Minister Sergei Lavrov"); with
 * no post in the article, an office holder on the article's date leads it or serves it as their office says.
 */
function countrysPerson(c: SentenceContext, k: number, person: DocEntity): void {
  const owner = k > 0 ? c.s.mentions[k - 1] : undefined;
  const country = owner && owner.possessive && owner.end + 1 === c.s.mentions[k].start ? c.entityOf(owner) : undefined;
  if (!country || country.kind !== "Country") return;
  const posts = person.roles.filter((r) => !r.of || r.of === country.label);
  const leads = posts.some((r) => r.leader);
  if (posts.length) c.add(person, country, leads ? "LEADER_OF" : "MEMBER_OF", `${country.label}'s`, "asserted", leads ? undefined : posts[0].title);
  if (posts.length) return;
  // With no post in the article: the country's office holder on the article's date (office-holders.json), its leader
  // if head of state or government ("Germany's Friedrich Merz"), else its member ("Russia's Sergei Lavrov").
  const term = knownPersons(person.label).find((p) => p.leads !== undefined && p.country === country.label && inOffice(p, c.state.articleDate));
  if (term) c.add(person, country, term.leads ? "LEADER_OF" : "MEMBER_OF", `${country.label}'s`, "asserted");
}

/** What a mention owned by a country or body ("Russia's Kursk region", "the US Department of Justice") is to its owner. */
function ownedRelation(c: SentenceContext, m: Mention, e: DocEntity): void {
  const { s, entities, entityOf, add } = c;
  // "the North's official newspaper X": an owner named by reference is the possessor's entity.
  const possessor = s.mentions.find((x) => x !== m && x.possessive && x.start === m.outerStart);
  const owner = entities.find((x) => x.label === m.owner) ?? (possessor?.ref === "country" ? entityOf(possessor) : undefined);
  // "Singapore's Nanyang Technological University" is in Singapore, not a part of its state; "the Russian embassy" is Russia's, abroad;
  // a body's institution ("the University of Sydney's Centre for …") is a part of the body.
  const words = s.tokens.slice(m.start, m.end).map((x) => x.lower);
  const institution = owner?.kind !== "Organization" && words.some((w) => PLACED_ORGANIZATION_HEADS.has(w)) && !words.some((w) => DIPLOMATIC_MISSIONS.has(w));
  // "Russian troops" are Russia's armed forces by definition: no fact stated; "Iran's Revolutionary Guards" is one.
  const ownArmedForces = e.kind === "MilitaryForce" && countryInfo(m.owner!)?.military === e.label;
  // "the French newspaper Le Monde" is in France; "Iran's state broadcaster" is the state's.
  const privateOutlet = m.outerStart !== undefined && isPrivateOutlet(s.tokens.slice(m.outerStart, m.start).map((x) => x.lower));
  if (privateOutlet && owner?.kind === "Country") add(e, owner, "LOCATED_IN", m.surface, "asserted");
  else if ((e.kind === "Organization" || (e.kind === "MilitaryForce" && !ownArmedForces)) && !institution) add(e, owner, "PART_OF", m.surface, "asserted");
  if (e.kind === "Location" || e.kind === "Company" || institution) add(e, owner, "LOCATED_IN", m.surface, "asserted");
}

/**
 * "President Biden", "Prime Minister Netanyahu" with no country stated: the country the Phoenix persons and
 * office-holders.json give for the holder's government, one only, whose dated role spans the article's date, and only
 * if the article names it.
 */
export function governedCountry(c: SentenceContext, person: DocEntity): DocEntity | undefined {
  const date = c.state.articleDate;
  const words = person.label.split(/\s+/);
  const known = words.length > 1 ? knownPersons(person.label) : personsBySurname(person.label);
  // With no date, the title in the text says the term is current: any term of office-holders.json fits.
  // A minister's or an aide's term leads nothing: "Aide to the President Yury Ushakov" is read with no leading title.
  const fits = known.filter((p) => p.sectors.includes("GOV") && p.leads !== false && (inOffice(p, date) || (!date && p.leads)));
  const countries = new Set(fits.map((p) => p.country));
  if (countries.size !== 1) return undefined;
  const [country] = countries;
  return c.entities.find((x) => x.kind === "Country" && x.label === country);
}
