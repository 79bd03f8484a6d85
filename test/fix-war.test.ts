// Issue 10, a short fix round on classes a probe of Russia–Ukraine news found (former leaders, sanctions, delegations,
// envoys' long titles, plural strike nouns opening a sentence). The sentences are written for this file.
import { strict as assert } from "node:assert";
import { assembledNodes, hasFacts, lacksFacts, readFacts } from "./helpers/extract";

describe("issue 10 fix round: war and diplomacy classes", () => {
  describe("a former leader's title before the country leads nothing and names no current holder", () => {
    it("Former/ex + country + leader title gives MEMBER_OF, not LEADER_OF", () => {
      lacksFacts("Former South Korean President Moon Jae-in visited Beijing on Tuesday.", "Moon Jae-in -MEMBER_OF-> South Korea", "Moon Jae-in -LEADER_OF-> South Korea");
      lacksFacts("Former Israeli Prime Minister Naftali Bennett criticised the deal.", "Naftali Bennett -MEMBER_OF-> Israel", "Naftali Bennett -LEADER_OF-> Israel");
    });
    it("the current holder's description is no alias of the former holder", () => {
      const f = readFacts("Former French President Nicolas Sarkozy spoke in Paris. The French President did not attend.");
      assert.ok(!f.entity("Nicolas Sarkozy")?.aliases.some((a) => /French President/i.test(a)), f.entities.map((e) => `${e.label}: ${e.aliases}`).join("; "));
    });
    it("across articles the former holder and the current one stay two people", () => {
      const nodes = assembledNodes("President Vladimir Putin met envoys in Moscow.", "Former Russian President Dmitry Medvedev warned Europe. The Russian President stayed silent.");
      const medvedev = nodes.find((n) => n.label === "Dmitry Medvedev");
      assert.ok(medvedev && !medvedev.aliases.some((a) => /Putin|Russian President/i.test(a)), JSON.stringify(medvedev));
    });
    it("a former post that says only a nationality still says only that", () => {
      const f = readFacts("Former Nigeria striker Daniel Amokachi praised Brighton.");
      assert.ok(!f.list.includes("Daniel Amokachi -MEMBER_OF-> Nigeria"), f.list.join("; "));
      hasFacts("Former Nigeria striker Daniel Amokachi praised Brighton.", "Daniel Amokachi -PRAISED-> Brighton");
    });
    it("an administration named after a former leader is still that country's", () => {
      const nodes = assembledNodes("Former US President Jimmy Carter spoke in Atlanta.", "The Carter administration negotiated with Iran.");
      assert.ok(!nodes.some((n) => n.label === "Carter administration"), nodes.map((n) => n.label).join("; "));
      assert.ok(nodes.find((n) => n.label === "United States")?.aliases.includes("Carter administration"));
    });
    it("control: the current holder still leads", () => hasFacts("Russian President Vladimir Putin hosted the talks.", "Vladimir Putin -LEADER_OF-> Russia"));
  });

  describe("sanctions counted in packages and sanctions that target are SANCTIONED, not ATTACKED", () => {
    it("a light verb before a measure word and 'of' still acts", () => {
      hasFacts("The EU approved its 14th package of sanctions against Belarus.", "European Union -SANCTIONED-> Belarus");
      hasFacts("Tokyo approved a new package of sanctions against Iran on Friday.", "Japan -SANCTIONED-> Iran");
      hasFacts("Israel launched a new wave of strikes on Hezbollah in Lebanon.", "Israel -ATTACKED-> Hezbollah");
    });
    it("no actor when the verb before judges the package", () => {
      const f = readFacts("Beijing criticised the package of sanctions against Iran.");
      assert.ok(!f.list.includes("China -SANCTIONED-> Iran"), f.list.join("; "));
    });
    it("a participle qualifying the sanctions applies them", () => {
      lacksFacts("Britain announced sanctions targeting Gazprom.", "United Kingdom -SANCTIONED-> Gazprom", "United Kingdom -ATTACKED-> Gazprom");
      lacksFacts("Washington unveiled measures targeting Huawei.", "United States -SANCTIONED-> Huawei", "United States -ATTACKED-> Huawei");
    });
    it("'targets' a company is no strike; control: a place or a group is", () => {
      const f = readFacts("US targets oil giants Rosneft and Gazprom");
      assert.ok(!f.list.some((x) => x.includes("-ATTACKED->")), f.list.join("; "));
      hasFacts("Russian drones targeted Kharkiv overnight.", "Russia -ATTACKED-> Kharkiv");
      hasFacts("Israel targeted Hamas commanders in Gaza.", "Israel -ATTACKED-> Hamas");
    });
  });

  describe("the head of a country's delegation is one of its people, not its leader", () => {
    it("passive: the delegation was led / headed by X", () => {
      lacksFacts("The Iranian delegation was headed by Abbas Araghchi.", "Abbas Araghchi -MEMBER_OF-> Iran", "Abbas Araghchi -LEADER_OF-> Iran");
      lacksFacts("China's delegation was led by Wang Yi.", "Wang Yi -MEMBER_OF-> China", "Wang Yi -LEADER_OF-> China");
    });
    it("active: X led / headed the country's delegation", () => {
      lacksFacts("Kim Yo Jong led the North Korean delegation.", "Kim Yo Jong -MEMBER_OF-> North Korea", "Kim Yo Jong -LEADER_OF-> North Korea");
      lacksFacts("Andriy Yermak headed Ukraine's delegation in Jeddah.", "Andriy Yermak -MEMBER_OF-> Ukraine", "Andriy Yermak -LEADER_OF-> Ukraine");
    });
    it("control: leading the country itself is still LEADER_OF", () => hasFacts("Kim Jong Un has led North Korea since 2011.", "Kim Jong Un -LEADER_OF-> North Korea"));
  });

  describe("a special envoy's long title before the name: a person with a post", () => {
    it("Special Envoy / Representative of the President of a country, then the name", () => {
      hasFacts("Special Envoy of the President of the United States Mark Sanders arrived in Riyadh.", "Mark Sanders -MEMBER_OF-> United States", "Mark Sanders -VISITED-> Riyadh");
      hasFacts("Special Representative of the President of Russia Kirill Dmitriev flew to Miami.", "Kirill Dmitriev -MEMBER_OF-> Russia");
      assert.equal(readFacts("Special Envoy of the President of the United States Mark Sanders arrived in Riyadh.").entity("Mark Sanders")?.kind, "Person");
    });
    it("a body's special envoy", () => hasFacts("UN Special Envoy Hans Grundberg met Houthi officials in Muscat.", "Hans Grundberg -MEMBER_OF-> United Nations"));
    it("no name after the post makes no person", () => {
      const f = readFacts("The special envoy of Japan arrived in Seoul.");
      assert.ok(!f.entities.some((e) => e.kind === "Person"), f.entities.map((e) => e.label).join("; "));
    });
  });

  describe("an attack or weapon noun opening a sentence is no name", () => {
    const people = (text: string) => readFacts(text).entities.filter((e) => e.kind === "Person").map((e) => e.label);
    it("Strikes / Drones / Rockets / Missiles before their verb make no person", () => {
      for (const text of ["Strikes hit Kharkiv overnight, officials said.", "Drones struck an oil depot near Belgorod.", "Rockets struck Sderot on Friday.", "Missiles hit Dnipro before dawn."])
        assert.deepEqual(people(text), [], text);
      lacksFacts("Drones struck an oil depot near Belgorod. Russia attacked Kyiv.", "Russia -ATTACKED-> Ukraine", "Drones -ATTACKED-> Belgorod");
    });
    it("control: a surname opening a sentence is still a person, and a qualified attack still has its actor", () => {
      assert.deepEqual(people("Jones hit back at critics."), ["Jones"]);
      hasFacts("Israeli strikes hit Gaza City.", "Israel -ATTACKED-> Gaza");
    });
  });

  describe("'the Alliance' after NATO is named is NATO (no split)", () => {
    it("a known body's other name ending in the head word", () => {
      const f = readFacts("NATO defence ministers met in Brussels. The Alliance agreed to send more air defences to Poland.");
      assert.equal(f.entity("Alliance")?.label, "NATO");
      assert.equal(f.entities.filter((e) => e.kind === "Organization").length, 1, f.entities.map((e) => e.label).join("; "));
    });
    it("control: with no such body named, 'the Alliance' is its own name, and other bodies keep theirs", () => {
      assert.equal(readFacts("The Alliance agreed to raise spending.").entity("Alliance")?.label, "Alliance");
      const f = readFacts("NATO and the EU met in Vilnius. The Union said the Alliance was united.");
      assert.equal(f.entity("Union")?.label, "European Union");
      assert.equal(f.entity("Alliance")?.label, "NATO");
    });
  });
});
