// Mentions and entities: what is named, as what kind, and which names are one entity.
import { strict as assert } from "node:assert";
import { tokenize } from "../src/nlp";
import { findMentions } from "../src/mentions";
import { facts } from "./helpers/extract";

const mentions = (text: string) => findMentions({ text, tokens: tokenize(text) }).filter((m) => m.ref !== "adjective");
const kindOf = (text: string, name: string) => facts(text).entity(name)?.kind;

describe("mentions", () => {
  it("a demonym and a title before a name make a person with a post", () => {
    const [m] = mentions("French President Emmanuel Macron spoke.");
    assert.equal(m.name, "Emmanuel Macron");
    assert.equal(m.kind, "Person");
    assert.deepEqual(m.role, { title: "President", leader: true, of: "France" });
  });
  it("demonym plus troops is the country's armed force", () => {
    const [m] = mentions("Israeli troops entered the town.");
    assert.equal(m.name, "Israel Defense Forces");
    assert.equal(m.kind, "MilitaryForce");
  });
  it("a possessive country and a ministry make an organisation owned by it", () => {
    const ms = mentions("Japan's Foreign Ministry protested.");
    assert.deepEqual(ms.map((m) => [m.name, m.kind]), [["Japan", "Country"], ["Japanese Foreign Ministry", "Organization"]]);
    assert.equal(ms[1].owner, "Japan");
  });
  it("a capital acting is its country; a capital as a place is a location", () => {
    assert.deepEqual(mentions("Beijing warned Manila.").map((m) => [m.name, m.kind]), [["China", "Country"], ["Philippines", "Country"]]);
    assert.deepEqual(mentions("The summit was held in Beijing.").map((m) => [m.name, m.kind]), [["Beijing", "Location"]]);
  });
  it("'us' the pronoun is not the United States", () => assert.deepEqual(mentions("He told us nothing."), mentions("He told us nothing.").filter((m) => m.ref === "pronoun")));
  it("a plural possessive inside an organisation's name is part of it", () => {
    for (const [text, name] of [
      ["Kim Tok Hun, deputy leader of the Workers' Party of Korea, arrived.", "Workers' Party of Korea"],
      ["The Musicians' Union said the fees were too low.", "Musicians' Union"],
      ["Farmers protested outside the Bankers’ Association in Madrid.", "Bankers’ Association"],
    ]) {
      const names = mentions(text).map((m) => m.name);
      assert.ok(names.includes(name), `${name} in ${names.join(", ")}`);
      assert.ok(!names.some((n) => n !== name && name.includes(n)), `no part of ${name} alone: ${names.join(", ")}`);
    }
  });
  it("a name's own possessive is not part of the next name", () => {
    assert.deepEqual(mentions("Pundits doubted the Greens' Senate majority would last.").map((m) => m.name).slice(-2), ["Greens", "Senate"]);
    assert.deepEqual(mentions("Fans cheered the Rovers' Valley League match.").map((m) => m.name).slice(-2), ["Rovers", "Valley League"]);
  });
  it("days and months are not names", () => assert.deepEqual(mentions("On Monday in July, nothing happened."), []));
});

describe("kinds of names no list knows", () => {
  it("a weapon designation", () => assert.equal(kindOf("Russia launched a Kh-101 missile at Odesa.", "Kh-101"), "Weapon"));
  it("an organisation by its head word", () => assert.equal(kindOf("The Stockholm International Peace Research Institute published data.", "Stockholm International Peace Research Institute"), "Organization"));
  it("a company by its head word", () => assert.equal(kindOf("Shares of Zenith Petroleum fell sharply.", "Zenith Petroleum"), "Company"));
  it("a place after 'the city of'", () => assert.equal(kindOf("Shells fell on the city of Pokrovsk.", "Pokrovsk"), "Location"));
  it("a region with a lower-case head", () => assert.equal(kindOf("Fighting raged in the Zaporizhzhia region.", "Zaporizhzhia"), "Location"));
  it("a treaty", () => assert.equal(kindOf("Both sides invoked the Minsk Agreement.", "Minsk Agreement"), "Agreement"));
  it("an event", () => assert.equal(kindOf("Leaders gathered for the Shangri-La Dialogue Summit.", "Shangri-La Dialogue Summit"), "Event"));
  it("an unknown person who speaks", () => assert.equal(kindOf("Oleksandr Syrskyi said the line held.", "Oleksandr Syrskyi"), "Person"));
});

describe("entities of one article", () => {
  it("a surname joins the full name", () => {
    const f = facts("Polish President Andrzej Duda arrived. Duda said the talks went well.");
    const e = f.entity("Andrzej Duda")!;
    assert.ok(e.aliases.includes("Duda"));
    assert.equal(f.entities.filter((x) => x.kind === "Person").length, 1);
  });
  it("spelling variants are one entity", () => {
    const f = facts("Kim Jong-Un spoke. Later Kim Jong Un left.");
    assert.equal(f.entities.filter((x) => x.kind === "Person").length, 1);
  });
  it("an acronym and its expansion are one entity", () => {
    const f = facts("The International Atomic Energy Agency (IAEA) warned Iran. The IAEA said more.");
    assert.equal(f.entities.filter((x) => x.label === "International Atomic Energy Agency").length, 1);
    assert.equal(f.entities.filter((x) => x.kind === "Organization").length, 1);
  });
  it("a description joins the office holder named in the article", () => {
    const f = facts("Ukrainian President Volodymyr Zelensky visited Warsaw. The Ukrainian leader thanked Poland.");
    assert.ok(f.list.includes("Volodymyr Zelensky -PRAISED-> Poland"), f.list.join("; "));
  });
  it("a pronoun refers back to the sentence's first person", () => {
    const f = facts("Although Olaf Scholz did not meet Xi Jinping in Beijing, he sent a letter to Li Qiang.");
    assert.ok(f.list.includes("Olaf Scholz -SENT_MESSAGE_TO-> Li Qiang"), f.list.join("; "));
  });
  it("'its soldiers' are the country's armed force", () => {
    const f = facts("Belarus confirmed that its soldiers had been deployed to Mali.");
    assert.ok(f.list.includes("Belarusian armed forces -SENT_TROOPS_TO-> Mali"), f.list.join("; "));
  });
  it("a post stated once with its country carries to the named holder", () => {
    const f = facts("Poland's interior minister said the border was safe. Interior minister Tomasz Siemoniak spoke later.");
    assert.ok(f.list.includes("Tomasz Siemoniak -MEMBER_OF-> Poland"), f.list.join("; "));
  });
});
