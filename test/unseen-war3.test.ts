// Issue 10, a third generality probe on the Russia–Ukraine war and its diplomacy (2024–2026), read the way the
// unseen set is scored: whole articles written for the probe (wire, readout, explainer, live blog, analysis) with
// their own gold. Each class below was a miss there; the sentences are written for this file, none from any article.
import { strict as assert } from "node:assert";
import { assembledNodes, hasFacts, lacksFacts, readFacts } from "./helpers/extract";

/** The kind of the entity the text names so. */
const kindOf = (text: string, name: string) => readFacts(text).entity(name)?.kind;

describe("issue 10 unseen news: Russia–Ukraine war and diplomacy, third probe", () => {
  describe("names with letters beyond Latin-1 stay whole (Lithuanian, Polish, Czech, Turkish spellings)", () => {
    it("a titled leader's name keeps its last syllables", () => {
      hasFacts("Lithuanian President Gitanas Nausėda said Moscow was rearming.", "Gitanas Nausėda -LEADER_OF-> Lithuania");
      hasFacts("Turkish President Recep Tayyip Erdoğan hosted the Ukrainian delegation.", "Recep Tayyip Erdoğan -LEADER_OF-> Turkey", "Recep Tayyip Erdoğan -HOSTED-> Ukraine");
    });
    it("a given name with a letter the tokenizer does not know is still a given name", () => {
      assert.equal(kindOf("Czech President Petr Pavel met Radosław Sikorski in Warsaw.", "Radosław Sikorski"), "Person");
      hasFacts("Czech President Petr Pavel met Radosław Sikorski in Warsaw.", "Petr Pavel -MET_WITH-> Radosław Sikorski");
    });
    it("a place with such letters is one place", () => assert.equal(kindOf("The delegations met at the Çırağan Palace on Friday.", "Çırağan Palace"), "Location"));
    it("the name is one node under either spelling", () => {
      const f = readFacts("Slovak Foreign Minister Juraj Blanár criticised Brussels, and Blanar later met Sybiha.");
      assert.equal(f.entity("Blanar")?.label, "Juraj Blanár");
    });
    it("control: plain Latin-1 accents were always whole", () => hasFacts("Spain's Prime Minister Pedro Sánchez met Zelensky.", "Pedro Sánchez -MET_WITH-> Zelensky"));
  });

  describe("an acronym in brackets from the body's own language is that body (one node)", () => {
    const nodes = (text: string) => assembledNodes(text).map((n) => `${n.label}: ${n.aliases.join(", ")}`);
    it("Ukrainian, Russian and Kurdish acronyms whose letters are not the English words'", () => {
      assert.ok(nodes("The Security Service of Ukraine (SBU) said its drones hit a depot. The SBU gave no details.").includes("Security Service of Ukraine: SBU"));
      assert.ok(nodes("Ukraine's Main Intelligence Directorate (GUR) claimed the strike. GUR said more would follow.").includes("Main Intelligence Directorate: GUR"));
      assert.ok(nodes("Ankara bombed the Kurdistan Workers' Party (PKK) in Iraq. The PKK denied losses.").includes("Kurdistan Workers' Party: PKK"));
    });
    it("control: a country's code in brackets stays the country", () =>
      assert.ok(nodes("Officials from the United States (US) and Britain met in Geneva.").some((n) => n.startsWith("United States"))));
  });

  describe("sites before their head noun are places: refineries, depots, pipelines in the plural", () => {
    it("the X oil refinery, the X oil depot", () => {
      assert.equal(kindOf("Ukrainian drones struck the Saratov oil refinery overnight.", "Saratov oil refinery"), "Location");
      assert.equal(kindOf("A fire broke out at the Feodosia oil depot after the attack.", "Feodosia oil depot"), "Location");
    });
    it("the X pipelines", () => assert.equal(kindOf("Sweden closed its inquiry into the Nord Stream pipelines.", "Nord Stream pipelines"), "Location"));
    it("control: a firm before 'oil company' stays a firm", () => assert.equal(kindOf("Baghdad signed a deal with the Lukoil oil company.", "Lukoil"), "Company"));
  });

  describe("a body's seat: 'X, a <description> based in Y', 'the Y-based <description> X'", () => {
    it("based in, headquartered in, after a described apposition", () => {
      hasFacts("Euroclear, a financial depository based in Brussels, holds most of the assets.", "Euroclear -LOCATED_IN-> Brussels");
      hasFacts("Rheinmetall, a defence firm headquartered in Duesseldorf, will build a shell plant in Ukraine.", "Rheinmetall -LOCATED_IN-> Duesseldorf");
    });
    it("a hyphened seat before a described name", () => {
      hasFacts("Analysts at the Brussels-based think tank Bruegel doubted the plan.", "Bruegel -LOCATED_IN-> Brussels");
      assert.equal(kindOf("Analysts at the Brussels-based think tank Bruegel doubted the plan.", "Bruegel"), "Organization");
    });
    it("control: a person based somewhere is not located, nor is a name after a verb past the seat", () => {
      lacksFacts("Hans Meier, a fund manager based in Singapore, praised Japan.", "Hans Meier -PRAISED-> Japan", "Hans Meier -LOCATED_IN-> Singapore");
      lacksFacts("The airline was founded by London-based travel agent Naresh Goyal, and India praised Britain.", "India -PRAISED-> United Kingdom", "Naresh Goyal -LOCATED_IN-> London");
      lacksFacts("A Kyiv-based group said Poland would help, and Warsaw praised Kyiv.", "Poland -PRAISED-> Ukraine", "Poland -LOCATED_IN-> Ukraine", "Poland -LOCATED_IN-> Kyiv");
    });
  });

  describe("acts held off or only possible are no facts", () => {
    it("held off on, stopped short of, refrained from", () => {
      lacksFacts("Trump held off on new sanctions against Moscow, and Kyiv praised Paris.", "Ukraine -PRAISED-> France", "Trump -SANCTIONED-> Russia");
      lacksFacts("Tokyo stopped short of sanctioning Beijing, and Seoul praised Tokyo.", "South Korea -PRAISED-> Japan", "Japan -SANCTIONED-> China");
      lacksFacts("Israel refrained from striking Iran's oil sites, and Qatar praised Egypt.", "Qatar -PRAISED-> Egypt", "Israel -ATTACKED-> Iran");
    });
    it("a modal before the bare verb: a possibility to come", () => {
      lacksFacts("Tallinn warned that Russia could attack Estonia, and Finland praised Latvia.", "Finland -PRAISED-> Latvia", "Russia -ATTACKED-> Estonia");
      lacksFacts("Seoul said Pyongyang might soon send more troops to Russia, and Tokyo praised Seoul.", "Japan -PRAISED-> South Korea", "North Korea -SENT_TROOPS_TO-> Russia");
    });
    it("control: a possibility in the past, and a done act beside a modal one, stay", () => {
      hasFacts("North Korea may have sent more troops to Russia.", "North Korea -SENT_TROOPS_TO-> Russia");
      hasFacts("Russia attacked Kharkiv, and Kyiv could not stop it.", "Russia -ATTACKED-> Kharkiv");
    });
  });

  describe("readout words that name no one: posts in the plural, the Allies, comparatives opening a sentence", () => {
    const labels = (text: string) => readFacts(text).entities.map((e) => e.label);
    it("NATO Foreign Ministers, EU Defence Ministers", () => {
      assert.ok(!labels("Rubio prepared for the meeting of NATO Foreign Ministers in Brussels.").includes("Foreign Ministers"));
      assert.ok(!labels("EU Defence Ministers met Kallas in Tallinn.").some((l) => l.includes("Ministers")));
    });
    it("Allies, Allied, European Allies", () => {
      assert.deepEqual(labels("The Secretary welcomed Allies' pledge to spend more."), []);
      assert.ok(!labels("Russian jets violated Allied airspace twice.").includes("Allied"));
      assert.ok(!labels("European Allies will buy the systems for Kyiv.").some((l) => /Allies/.test(l)));
    });
    it("Smaller, Larger opening a sentence", () => assert.deepEqual(labels("Smaller sums are held in Japan."), ["Japan"]));
    it("control: a post with its holder, and a name that opens with such a word, stay", () => {
      hasFacts("Rubio met Foreign Minister Andrii Sybiha in Geneva.", "Rubio -MET_WITH-> Andrii Sybiha");
      assert.equal(kindOf("Protesters gathered in Greater Manchester on Sunday.", "Greater Manchester"), "Location");
    });
  });

  describe("British and American spellings of one body are one node across articles", () => {
    it("Defence / Defense, Centre / Center", () => {
      const nodes = assembledNodes("The Russian Defence Ministry said its troops took a village.", "The Russian Defense Ministry said Russian troops took Kupiansk.", "The Razumkov Centre published a poll.", "The Razumkov Center published a poll on Monday.");
      const keys = nodes.map((n) => n.key);
      assert.ok(keys.includes("russian-defense-ministry") && !keys.includes("russian-defence-ministry"), keys.join(" "));
      assert.ok(keys.includes("razumkov-center") !== keys.includes("razumkov-centre"), keys.join(" "));
    });
    it("control: two bodies whose names differ in more than spelling stay apart", () => {
      const keys = assembledNodes("The Wilson Centre published a poll.", "The Carter Center published a poll.").map((n) => n.key);
      assert.ok(keys.includes("wilson-centre") && keys.includes("carter-center"), keys.join(" "));
    });
  });

  describe("disappointed with, frustrated with: criticism stated as a feeling", () => {
    it("with a pronoun for the speaker, and in", () => {
      hasFacts("Trump said he was disappointed with Vladimir Putin over the strikes.", "Trump -CRITICIZED-> Vladimir Putin");
      hasFacts("Merz said he was disappointed in Xi Jinping.", "Merz -CRITICIZED-> Xi Jinping");
      hasFacts("Macron is frustrated with Viktor Orban.", "Macron -CRITICIZED-> Viktor Orban");
    });
    it("control: a passive participle before 'by' is still a passive", () => hasFacts("Orban was criticised by Macron.", "Macron -CRITICIZED-> Orban"));
  });

  describe("being at a meeting in a place is a visit: attended / took part in the talks in X, was in X for talks", () => {
    it("attended, took part in", () => {
      hasFacts("Steve Witkoff attended the talks in Geneva on Sunday.", "Steve Witkoff -VISITED-> Geneva");
      hasFacts("Kaja Kallas took part in the meeting in Kyiv in person.", "Kaja Kallas -VISITED-> Kyiv");
    });
    it("was in X for talks, who is in X for meetings", () => {
      hasFacts("Rustem Umerov was in Miami for talks with Witkoff.", "Rustem Umerov -VISITED-> Miami");
      hasFacts("Alexander Stubb, who is in Washington for meetings at the White House, met Rubio.", "Alexander Stubb -VISITED-> Washington, D.C.");
    });
    it("control: being in talks, in range, or at home with no meeting visits nothing", () => {
      lacksFacts("Ukraine is in talks with Russia about a ceasefire.", "Ukraine -MET_WITH-> Russia", "Ukraine -VISITED-> Russia");
      assert.deepEqual(readFacts("Kyiv is in range of Russian drones, officials said at the summit.").list, []);
      assert.deepEqual(readFacts("Zelensky was in Kyiv on Monday.").list, []);
      hasFacts("North Korean troops took part in the battle in Kursk.", "Korean People's Army -FOUGHT_IN-> Kursk");
    });
  });

  describe("handed X a memorandum, a letter: a message sent", () => {
    it("two objects, or 'to'", () => {
      hasFacts("Moscow handed Kyiv a memorandum setting out its terms.", "Russia -SENT_MESSAGE_TO-> Ukraine");
      hasFacts("Kim Jong Un handed Putin a letter for his people.", "Kim Jong Un -SENT_MESSAGE_TO-> Putin");
      hasFacts("Medinsky handed an ultimatum to Umerov in Istanbul.", "Medinsky -SENT_MESSAGE_TO-> Umerov");
    });
    it("control: handing over bodies or a plan sends no message", () => {
      assert.deepEqual(readFacts("Ukraine handed the bodies of soldiers to Russia.").list, []);
      assert.deepEqual(readFacts("The US handed Ukraine a draft peace plan.").list, []);
    });
  });

  describe("a person's full name outweighs the guesses its lone surname draws in the same article", () => {
    const text = "Trump stayed for a day. And Zelenskyy got dinner, not a declaration. Trump met Zelenskyy on the sidelines. Volodymyr Zelenskyy attended a dinner hosted by the king.";
    it("the surname twice, the full name once: a person", () => assert.equal(kindOf(text, "Volodymyr Zelenskyy"), "Person"));
    it("control: a full name does not outweigh evidence of a body", () =>
      assert.equal(kindOf("Georgia Power raised prices. Georgia Power, a utility company, said costs rose. Georgia Power cut jobs.", "Georgia Power"), "Company"));
  });

  describe("the head of a country's unnamed body holds a post in the country, and leads no country", () => {
    it("head of Country's <lower-case body>", () => {
      lacksFacts("Kirill Dmitriev, the head of Russia's sovereign wealth fund, met Witkoff.", "Kirill Dmitriev -MEMBER_OF-> Russia", "Kirill Dmitriev -LEADER_OF-> Russia");
      lacksFacts("Rafael Grossi, the head of the UN's nuclear watchdog, visited Kyiv.", "Rafael Grossi -MEMBER_OF-> United Nations", "Rafael Grossi -LEADER_OF-> United Nations");
    });
    it("control: the head of a named body, a named force or a country still leads it", () => {
      hasFacts("Alexander Syrskyi, the head of Ukraine's armed forces, visited Pokrovsk.", "Alexander Syrskyi -LEADER_OF-> Ukrainian forces");
      hasFacts("Mark Rutte, the head of NATO, met Zelensky.", "Mark Rutte -LEADER_OF-> NATO");
      hasFacts("Kim Jong Un, the leader of North Korea, met Putin.", "Kim Jong Un -LEADER_OF-> North Korea");
    });
  });

  describe("controls (a share of) a place: territory held", () => {
    it("controls about a fifth of X, all of X, X", () => {
      hasFacts("Russia controls about a fifth of Ukraine, officials say.", "Russia -CAPTURED-> Ukraine");
      hasFacts("Russia controls all of the Luhansk region.", "Russia -CAPTURED-> Luhansk");
      hasFacts("Israel controls the Rafah crossing.", "Israel -CAPTURED-> Rafah crossing");
    });
    it("control: a party controlling a council, a denied or wished control", () => {
      assert.deepEqual(readFacts("Labour controls Liverpool council.").list, []);
      assert.deepEqual(readFacts("Moscow does not control Kherson.").list, []);
    });
  });

  describe("'the X administration' where its article names no leader: the country another article says X leads", () => {
    it("joins the country's node", () => {
      const nodes = assembledNodes("US President Donald Trump met Zelensky in Washington.", "The Trump administration has proposed using the frozen money.");
      assert.ok(nodes.find((n) => n.key === "united-states")?.aliases.includes("Trump administration"), JSON.stringify(nodes));
      assert.ok(!nodes.some((n) => n.key === "trump-administration"));
    });
    it("control: a surname no leader of the build bears stays as it was", () => {
      const nodes = assembledNodes("US President Donald Trump met Zelensky in Washington.", "The Smith administration has proposed using the frozen money.");
      assert.ok(!nodes.find((n) => n.key === "united-states")?.aliases.includes("Smith administration"));
    });
  });

  describe("a plural opening a sentence before a word of time order is no actor: 'Hours after …', 'Weeks later'", () => {
    it("the clause's real subject acts", () => {
      lacksFacts("Hours after the swap, Russia launched drones at Kharkiv.", "Russia -ATTACKED-> Kharkiv", "Hours -ATTACKED-> Kharkiv");
      lacksFacts("Days before the summit, Putin visited Minsk.", "Putin -VISITED-> Belarus", "Days -VISITED-> Belarus");
    });
    it("control: a surname before 'after' still acts", () => hasFacts("Jones after the match praised Wenger.", "Jones -PRAISED-> Wenger"));
  });
});
