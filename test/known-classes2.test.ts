// Issue 10, BBC corpus target: competitions named without "League"/"Cup", and a city's name standing for the sports
// club named after it. Every sentence is written for this file; none comes from any article.
import { strict as assert } from "node:assert";
import { assembledNodes, hasFacts, lacksFacts, readFacts } from "./helpers/extract";

function kindOf(text: string, name: string): string | undefined {
  return readFacts(text).entity(name)?.kind;
}

describe("issue 10 known classes (2)", () => {
  describe("a competition named by its own word is an Event, as the Champions League is", () => {
    it("the Premiership, where a team stands in it", () => assert.equal(kindOf("Arsenal are third in the Premiership after a draw.", "Premiership"), "Event"));
    it("a sponsor's name before it", () => assert.equal(kindOf("Wasps lead the Guinness Premiership by two points.", "Guinness Premiership"), "Event"));
    it("La Liga and the Bundesliga", () => {
      assert.equal(kindOf("Valencia slipped to fourth in La Liga on Sunday.", "La Liga"), "Event");
      assert.equal(kindOf("Dortmund have won the Bundesliga twice in a row.", "Bundesliga"), "Event");
    });
    it("Serie A, a name whose last word says nothing", () => assert.equal(kindOf("The defender joined Lazio from Serie A rivals Torino.", "Serie A"), "Event"));
    it("a premiership in lower case is a prime minister's term, no entity (the control: its holder is one)", () => {
      const f = readFacts("Brown's premiership ended after three years, the paper said.");
      assert.ok(f.entity("Brown"));
      assert.equal(f.entity("premiership"), undefined);
    });
  });

  describe("a city's name with the words of a match around it is the club", () => {
    const club = (text: string, city: string) => assert.equal(kindOf(text, city), "Organization", `«${city}» in «${text}»`);
    it("a post at the club before a name", () => {
      club("Leeds manager Tom Harper praised his players.", "Leeds");
      club("Former Sheffield midfielder Jon Dale has retired.", "Sheffield");
    });
    it("the club's fans, boss and win", () => {
      club("Glasgow fans sang through the second half.", "Glasgow");
      club("Bristol's win over Exeter lifted them to fourth.", "Bristol");
    });
    it("a result: the subject of 'beat', the object of 'drew with', 'lost to'", () => {
      club("Southampton beat Fulham on Saturday.", "Southampton");
      club("Everton drew with Leicester at home.", "Leicester");
      club("The visitors lost to Cardiff in the last minute.", "Cardiff");
    });
    it("a score or a fixture", () => {
      club("Leeds 2-1 Reading was the upset of the round.", "Leeds");
      club("Bristol v Norwich kicks off at three.", "Bristol");
    });
    it("a transfer", () => club("The striker signed for Sheffield in January.", "Sheffield"));
    it("a plural verb, which a club takes and a city does not", () => {
      club("Leicester have won four games in a row.", "Leicester");
      club("Leeds say they will not sell their captain.", "Leeds");
    });
    it("every bare mention in the article is then the club", () => {
      const f = readFacts("Newcastle boss Sam Hale was angry. Newcastle were ninth at Christmas.");
      assert.equal(f.entities.filter((e) => e.label === "Newcastle").length, 1);
      assert.equal(f.entity("Newcastle")?.kind, "Organization");
    });
  });

  describe("the city stays a place where the text is about the city", () => {
    const place = (text: string, city: string) => assert.equal(kindOf(text, city), "Location", `«${city}» in «${text}»`);
    it("a journey, a council, a list of cities", () => {
      place("Flights to Newcastle were cancelled because of fog.", "Newcastle");
      place("Liverpool city council approved the plan.", "Liverpool");
      place("Leeds and Liverpool are big cities in the north.", "Liverpool");
    });
    it("a name qualifying a noun after 'against' is no opponent", () => place("Critics turned audiences against Hollywood imports.", "Hollywood"));
    it("a singular verb", () => place("Liverpool is a port on the Mersey.", "Liverpool"));
    it("a star of the city's trade", () => place("Hollywood star Ana Reyes visited the set.", "Hollywood"));
    it("a person's name after 'beat' is no club (the control: the city is)", () => {
      assert.equal(kindOf("Hewitt beat Federer in Sydney.", "Hewitt") === "Organization", false);
      place("Hewitt beat Federer in Sydney.", "Sydney");
    });
  });

  it("across articles, the club is a node apart from the city", () => {
    const nodes = assembledNodes("Newcastle manager Sam Hale praised his side.", "Flights to Newcastle were cancelled because of fog.");
    const kinds = nodes.filter((n) => n.label === "Newcastle").map((n) => n.kind).sort();
    assert.deepEqual(kinds, ["Location", "Organization"]);
  });

  describe("a mediator is no party to the deal it brokers", () => {
    it("'brokered a deal with X': no agreement of the broker with X (the control: the parties' deal)", () =>
      lacksFacts("Egypt brokered a deal with Hamas on Tuesday, and Israel signed a deal with Jordan.", "Israel -SIGNED_AGREEMENT_WITH-> Jordan", "Egypt -SIGNED_AGREEMENT_WITH-> Hamas"));
    it("another broker, other parties", () =>
      lacksFacts("Oman brokered an accord with the Houthis, and Saudi Arabia struck a deal with Iran.", "Saudi Arabia -SIGNED_AGREEMENT_WITH-> Iran", "Oman -SIGNED_AGREEMENT_WITH-> Houthis"));
  });

  describe("a demonym and an attack noun as a clause's subject: the country attacked the place", () => {
    it("'shelling', which the tagger reads as a verb", () =>
      hasFacts("Russian shelling killed two civilians in Kherson on Sunday.", "Russia -ATTACKED-> Kherson"));
    it("'bombing', 'fire', in other regions", () => {
      hasFacts("Israeli bombing killed 12 people in Rafah.", "Israel -ATTACKED-> Rafah");
      hasFacts("Israeli fire killed five people in Khan Younis.", "Israel -ATTACKED-> Khan Younis");
      hasFacts("Syrian shelling hit a market in Idlib.", "Syria -ATTACKED-> Idlib");
    });
    it("a compound's first word attacks nothing (the control: a strike the same sentence states)", () =>
      lacksFacts("The Russian fire service said Ukrainian drones hit a depot in Belgorod.", "Ukraine -ATTACKED-> Belgorod", "Russia -ATTACKED-> Belgorod"));
    it("a weapon noun before an attack noun still names the attacker", () =>
      hasFacts("Russian drone attacks on Odesa continued overnight.", "Russia -ATTACKED-> Odesa"));
  });

  describe("a body the gazetteer gives the UN by its head alone is a country's own before 'of <country>'", () => {
    it("the Security Council of Russia, of Iran", () => {
      hasFacts("The Security Council of Russia met on Friday.", "Security Council of Russia -PART_OF-> Russia");
      hasFacts("Larijani, secretary of the Security Council of Iran, flew to Beirut.", "Security Council of Iran -PART_OF-> Iran");
    });
    it("the Security Council alone stays the UN's (the control: the UN body is found)", () => {
      const f = readFacts("The UN Security Council met on Friday. The Security Council condemned the attack on Kyiv.");
      assert.deepEqual(f.entities.filter((e) => /Security Council/.test(e.label)).map((e) => e.label), ["UN Security Council"]);
    });
  });

  describe("a rank after a post belongs to the holder: no part of the body's name nor of the person's", () => {
    it("an abbreviated rank after the body", () => {
      const f = readFacts("Chairman of the Joint Chiefs of Staff Gen. Ray Holt said the strikes worked.");
      assert.ok(f.entity("Ray Holt"), `got ${f.entities.map((e) => e.label).join(", ")}`);
      assert.ok(f.entity("Joint Chiefs of Staff"));
      assert.ok(!f.entities.some((e) => /Gen\./.test(e.label)));
    });
    it("stacked ranks, another force", () => {
      const f = readFacts("Commander of the Eighth Army Lt. Gen. Chris Lane toured the base.");
      assert.deepEqual([f.entity("Chris Lane")?.kind, f.entity("Eighth Army")?.kind], ["Person", "Organization"]);
    });
    it("an abbreviated rank alone before a name", () => {
      assert.equal(readFacts("Gen. Asim Munir met the Saudi defence minister.").entity("Asim Munir")?.kind, "Person");
      assert.equal(readFacts("Col. Omar Haddad was arrested in Tripoli.").entity("Omar Haddad")?.kind, "Person");
    });
  });

  describe("kin sharing a surname are two persons, relatives", () => {
    it("a lone surname beside a son named in full is the father, not the son", () => {
      hasFacts("Netanyahu and his son Yair Netanyahu flew to Washington.", "Yair Netanyahu -RELATIVE_OF-> Netanyahu");
      hasFacts("Aliyev and his daughter Leyla Aliyeva visited Baku.", "Leyla Aliyeva -RELATIVE_OF-> Aliyev");
    });
    it("a full name and a relative's full name stay apart", () => {
      const f = readFacts("Kim Jong Un and his sister Kim Yo Jong attended the parade in Pyongyang.");
      assert.ok(f.entity("Kim Jong Un") && f.entity("Kim Yo Jong") && f.entity("Kim Jong Un") !== f.entity("Kim Yo Jong"));
      hasFacts("Kim Jong Un and his sister Kim Yo Jong attended the parade in Pyongyang.", "Kim Yo Jong -RELATIVE_OF-> Kim Jong Un");
    });
    it("without a kinship word the surname is the full name's short form (the control)", () => {
      const f = readFacts("Benjamin Netanyahu spoke in Jerusalem. Netanyahu said the war would go on.");
      assert.deepEqual(f.entities.filter((e) => e.kind === "Person").map((e) => e.label), ["Benjamin Netanyahu"]);
    });
  });
});

