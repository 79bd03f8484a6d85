// Issue 10, fourth Middle East probe (2024–2026: the twelve-day war and its ceasefire, the strike on Doha, the
// Sharm el-Sheikh summit and the Board of Peace, the E3 snapback, Syria–Israel talks, the Saudi defence pact),
// measured on whole articles of several outlets' page shapes. Every sentence here is written for this file.
import { strict as assert } from "node:assert";
import { hasFacts, lacksFacts, readFacts } from "./helpers/extract";

const kindOf = (text: string, name: string) => readFacts(text).entity(name)?.kind;
const names = (text: string) => readFacts(text).entities.map((e) => e.label);

describe("issue 10 fourth Middle East probe classes", () => {
  describe("the head of a delegation in a reduced relative or with a long title", () => {
    it("'the Iranian delegation, led by Deputy Foreign Minister X,' makes X one of Iran's people", () => {
      hasFacts("The Iranian delegation, led by Deputy Foreign Minister Kazem Gharibabadi, met European envoys in Istanbul.", "Kazem Gharibabadi -MEMBER_OF-> Iran");
    });
    it("also with no comma, 'headed by', and in other regions", () => {
      hasFacts("A Syrian delegation led by Foreign Minister Asaad al-Shaibani arrived in Moscow on Thursday.", "Asaad al-Shaibani -MEMBER_OF-> Syria");
      hasFacts("The Saudi delegation, headed by Prince Faisal bin Farhan, held talks in Cairo.", "Faisal bin Farhan -MEMBER_OF-> Saudi Arabia");
      hasFacts("The Chinese delegation, led by Wang Yi, arrived in Seoul for the meeting.", "Wang Yi -MEMBER_OF-> China");
      hasFacts("The North Korean delegation was led by Vice Foreign Minister Kim Son Gyong.", "Kim Son Gyong -MEMBER_OF-> North Korea");
    });
    it("'received a delegation of the Russian Federation led by X': X serves the country, leads it not", () => {
      lacksFacts("King Abdullah received a delegation of the Russian Federation led by Sergei Lavrov in Amman.", "Sergei Lavrov -MEMBER_OF-> Russia", "Sergei Lavrov -LEADER_OF-> Russia");
    });
    it("the head of a delegation leads no country", () => {
      lacksFacts("The Iranian delegation, led by Deputy Foreign Minister Kazem Gharibabadi, met European envoys in Istanbul.", "Kazem Gharibabadi -MEMBER_OF-> Iran", "Kazem Gharibabadi -LEADER_OF-> Iran");
    });
    it("control: a group that is no delegation gives its leader no post in a country", () => {
      const text = "The rebel alliance, led by Ahmed al-Sharaa, entered Damascus in December.";
      assert.ok(!readFacts(text).list.some((f) => f.startsWith("Ahmed al-Sharaa -MEMBER_OF->")), readFacts(text).list.join("\n"));
    });
  });

  describe("a ruler's fall is no place", () => {
    it("'the fall of Bashar Assad' is a person's, with or without the given name", () => {
      assert.equal(kindOf("Syria has changed since the fall of Bashar Assad last December.", "Bashar Assad"), "Person");
      assert.equal(kindOf("Since the fall of Assad, refugees have come home from Lebanon.", "Assad"), "Person");
      assert.equal(kindOf("Exiles returned to Khartoum after the fall of Omar al-Bashir.", "Omar al-Bashir"), "Person");
    });
    it("control: the fall of a town is still a place's", () => {
      assert.equal(kindOf("The fall of Khan Sheikhoun opened the road north to Idlib.", "Khan Sheikhoun"), "Location");
      assert.equal(kindOf("The fall of Pokrovsk would open the road to Kramatorsk.", "Pokrovsk"), "Location");
    });
  });

  describe("a speaker whose own pronoun is 'its' is no person", () => {
    it("'Maersk says its vessels …', 'Hapag-Lloyd said its ships …'", () => {
      assert.notEqual(kindOf("Maersk says its vessels will keep sailing around the Cape of Good Hope.", "Maersk"), "Person");
      assert.notEqual(kindOf("On Monday, Hapag-Lloyd said its ships would avoid the Red Sea until March.", "Hapag-Lloyd"), "Person");
    });
    it("control: a speaker with 'his' or 'her' is still a person", () => {
      assert.equal(kindOf("On Monday, Safadi said his country would not police Gaza.", "Safadi"), "Person");
      assert.equal(kindOf("On Monday, Kallas said her office would send a team to Damascus.", "Kallas"), "Person");
    });
  });

  describe("a portfolio after 'for' is the post's, not a name", () => {
    it("'the Secretary of State for Foreign Affairs' names no one", () => {
      const text = "David Lammy, the Secretary of State for Foreign Affairs, met Prince Faisal bin Farhan in London.";
      assert.ok(!names(text).includes("Foreign Affairs"), names(text).join(", "));
      hasFacts(text, "David Lammy -MET_WITH-> Faisal bin Farhan");
    });
    it("before a name, the title ends with its portfolio and the holder keeps the post", () => {
      hasFacts("Ireland's Minister for Foreign Affairs Simon Harris met Ayman Safadi in Amman.", "Simon Harris -MEMBER_OF-> Ireland");
      hasFacts("EU High Representative for Foreign Affairs and Security Policy Kaja Kallas visited Damascus.", "Kaja Kallas -MEMBER_OF-> European Union");
      const text = "The Secretary of State for Defence, John Healey, visited RAF Akrotiri in Cyprus.";
      assert.ok(!names(text).includes("Defence"), names(text).join(", "));
    });
    it("control: a body after a speaker's 'for' keeps its whole name", () => {
      assert.ok(names("A spokeswoman for the European Anti-Fraud Office declined to comment.").includes("European Anti-Fraud Office"));
      assert.ok(names("A spokesman for the Home Office said no decision had been made.").includes("Home Office"));
    });
    it("control: a name after 'for' that no post owns is kept", () => {
      const text = "The minister flew to Riyadh for talks with Mohammed bin Salman.";
      assert.ok(names(text).includes("Mohammed bin Salman"), names(text).join(", "));
    });
  });

  describe("a capital named as a city is the place, in its country", () => {
    it("'the Qatari capital Doha', 'the Lebanese capital Beirut' are places in their countries", () => {
      hasFacts("Qatar said Israel struck the Qatari capital Doha on Tuesday.", "Doha -LOCATED_IN-> Qatar", "Israel -ATTACKED-> Doha");
      hasFacts("Lebanon said Israel struck the Lebanese capital Beirut overnight.", "Beirut -LOCATED_IN-> Lebanon");
      assert.equal(kindOf("Protesters gathered in the capital, Tehran, on Friday.", "Tehran"), "Location");
    });
    it("a resort or a city with no 'of' is in the country of its demonym", () => {
      hasFacts("Egypt hosted the leaders in the Egyptian resort of Sharm El Sheikh.", "Sharm el-Sheikh -LOCATED_IN-> Egypt");
      hasFacts("Ukraine said Russian drones hit the Ukrainian city Kharkiv.", "Kharkiv -LOCATED_IN-> Ukraine");
    });
    it("control: a capital acting is still its government", () => {
      assert.equal(kindOf("Doha condemned the strike on Tuesday.", "Doha"), "Country");
    });
  });

  describe("an attack on an actor's people or sites in a place hits the place too", () => {
    it("'strikes on Hezbollah targets in Beirut', 'bombed Houthi positions in Hodeidah'", () => {
      hasFacts("Israel launched strikes on Hezbollah targets in Beirut.", "Israel -ATTACKED-> Hezbollah", "Israel -ATTACKED-> Beirut");
      hasFacts("The US bombed Houthi positions in Hodeidah on Sunday.", "United States -ATTACKED-> Hodeidah");
      hasFacts("Israel launched an air strike on Hamas leaders in the Qatari capital Doha.", "Israel -ATTACKED-> Doha");
    });
    it("control: arresting an actor's people in a place attacks nothing", () => {
      lacksFacts("Israeli Defence Minister Israel Katz said police arrested Hamas members in Hebron.", "Israel Katz -MEMBER_OF-> Israel", "Israel Katz -ATTACKED-> Hebron", "Israel -ATTACKED-> Hebron");
    });
  });

  describe("what a place is home to is in it", () => {
    it("'Qatar is home to Al Udeid Air Base', 'Bahrain, also home to the US Navy's Fifth Fleet,'", () => {
      hasFacts("Qatar is home to Al Udeid Air Base, the largest US base in the region.", "Al Udeid Air Base -LOCATED_IN-> Qatar");
      hasFacts("Bahrain, also home to the US Navy's Fifth Fleet, condemned the attack.", "Fifth Fleet -LOCATED_IN-> Bahrain");
      hasFacts("Jeddah is home to the Islamic Development Bank.", "Islamic Development Bank -LOCATED_IN-> Jeddah");
    });
    it("control: people a country is home to are no entity placed", () => {
      const text = "Qatar is home to 300,000 citizens and hosts Hamas.";
      assert.ok(!readFacts(text).list.some((f) => f.includes("LOCATED_IN")), readFacts(text).list.join("\n"));
    });
  });

  describe("chairing, co-chairing and launching an operation", () => {
    it("'a Board of Peace chaired by X' and 'a committee led by X' after another subject make X its leader", () => {
      hasFacts("Gaza will be overseen by a Board of Peace chaired by Donald Trump.", "Donald Trump -LEADER_OF-> Board of Peace");
      hasFacts("Gaza will be overseen by a Board of Peace led by Donald Trump.", "Donald Trump -LEADER_OF-> Board of Peace");
      hasFacts("The US sanctioned Rosneft, headed by Igor Sechin, on Wednesday.", "Igor Sechin -LEADER_OF-> Rosneft");
    });
    it("'A and B co-chaired the summit' is a meeting", () => {
      hasFacts("Trump and Sisi co-chaired the summit in Sharm El Sheikh.", "Trump -MET_WITH-> Sisi");
    });
    it("'launched Operation X against Y', 'a new offensive against Y' attack Y", () => {
      hasFacts("Israel launched Operation Rising Lion against Iran's nuclear program.", "Israel -ATTACKED-> Iran");
      hasFacts("Russia launched a new offensive against Ukraine in the spring.", "Russia -ATTACKED-> Ukraine");
    });
    it("control: a campaign launched at a place attacks no one", () => {
      const text = "Launching his campaign at Cairo University, Sisi urged students to vote for Egypt.";
      assert.ok(!readFacts(text).list.some((f) => f.includes("ATTACKED")), readFacts(text).list.join("\n"));
    });
  });

  describe("a demonym before adjectives and a weapon acts through it", () => {
    it("'an Iranian ballistic missile struck X', 'Russian hypersonic missiles hit X'", () => {
      hasFacts("An Iranian ballistic missile struck a residential building in Beersheba.", "Iran -ATTACKED-> Beersheba");
      hasFacts("Medics said four people died when an Iranian ballistic missile struck a building in Beersheba.", "Iran -ATTACKED-> Beersheba");
    });
    it("control: a demonym before an adjective and a noun that is no weapon names no attacker", () => {
      assert.ok(!names("The Iranian economic crisis deepened in Tehran.").includes("Iran"));
    });
  });

  describe("a place set off by a comma in part of a country or region", () => {
    it("'Kiryat Gat, in southern Israel', 'Sinjil, in the central West Bank' are places there", () => {
      hasFacts("The US set up a coordination centre in Kiryat Gat, in southern Israel.", "Kiryat Gat -LOCATED_IN-> Israel");
      hasFacts("Settlers attacked Sinjil, in the central West Bank, on Friday.", "Sinjil -LOCATED_IN-> West Bank");
      assert.equal(kindOf("Police told residents of the Negev to stay near shelters.", "Negev"), "Location");
    });
    it("control: a place with no direction after the comma keeps no cue", () => {
      assert.notEqual(kindOf("Kpler, in a note to clients, said exports fell.", "Kpler"), "Location");
    });
  });

  describe("a shouted post names no body", () => {
    it("capitals in a shouted sentence are words, and known names in it are still found", () => {
      const text = 'Trump wrote: "IRAN WILL NEVER HAVE A NUCLEAR WEAPON!"';
      assert.deepEqual(names(text).sort(), ["Iran", "Trump"]);
      assert.ok(!names('He later wrote: "DO NOT DROP THOSE BOMBS, ISRAEL."').some((n) => /BOMBS|DROP/.test(n)));
    });
    it("control: acronyms in an ordinary sentence are bodies", () => {
      assert.ok(names("The IAEA and the IRGC met in Vienna with UKMTO officials.").includes("UKMTO"));
    });
  });

  describe("a post qualified by a demonym in apposition", () => {
    it("'X, an Emirati assistant minister,' and 'Y, a Qatari foreign ministry spokesman,'", () => {
      hasFacts("The UAE warned Israel. Lana Nusseibeh, an Emirati assistant minister, said annexation would end the vision.", "Lana Nusseibeh -MEMBER_OF-> United Arab Emirates");
      hasFacts("Qatar hosted the talks. Majed al-Ansari, a Qatari foreign ministry spokesman, said talks continued.", "Majed al-Ansari -MEMBER_OF-> Qatari Foreign Ministry");
      hasFacts("Seoul protested. Cho Hyun, a South Korean minister, flew to Tokyo.", "Cho Hyun -MEMBER_OF-> South Korea");
      lacksFacts("Baghdad voted. Haider al-Abadi, a former Iraqi prime minister, won a seat.", "Haider al-Abadi -MEMBER_OF-> Iraq", "Haider al-Abadi -LEADER_OF-> Iraq");
    });
    it("the body in the apposition types no person as a body", () => {
      assert.equal(kindOf("Qatar hosted the talks. Majed al-Ansari, a Qatari foreign ministry spokesman, said talks continued.", "Majed al-Ansari"), "Person");
    });
    it("control: a nationality with a trade is no post", () => {
      lacksFacts("Israel struck Gaza. Amos Harel, an Israeli analyst, said the war was over.", "Israel -ATTACKED-> Gaza", "Amos Harel -MEMBER_OF-> Israel");
    });
  });
});
