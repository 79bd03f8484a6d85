// Issue 10, generality probe: classes found by reading the extractor's output on
// wire-style sentences about adjacent news (Middle East strikes, South China Sea
// clashes, Korea and Japan, sanctions). Every sentence is written for this file;
// none comes from any article.
import { strict as assert } from "node:assert";
import { hasFacts, lacksFacts, readFacts } from "./helpers/extract";

/** A symmetric fact, read either way round. */
function hasMeeting(text: string, a: string, b: string): void {
  const f = readFacts(text);
  assert.ok(f.find(a, "MET_WITH", b) || f.find(b, "MET_WITH", a), `expected «${a} met ${b}» from «${text}», got:\n  ${f.list.join("\n  ")}`);
}

function kindOf(text: string, name: string): string | undefined {
  return readFacts(text).entity(name)?.kind;
}

describe("issue 10 unseen-news classes", () => {
  describe("A and B held talks: the coordinated subjects met", () => {
    it("two persons held talks", () => hasFacts("Wang Yi and Antony Blinken held talks in Beijing on Friday.", "Wang Yi -MET_WITH-> Antony Blinken"));
    it("two titled leaders held talks", () =>
      hasFacts("Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Moscow.", "Xi Jinping -MET_WITH-> Vladimir Putin"));
    it("two countries held direct talks", () => hasMeeting("Japan and South Korea held direct talks in Seoul on Monday.", "Japan", "South Korea"));
    it("held talks with Y still takes Y", () => hasFacts("Xi Jinping held talks with Vladimir Putin in Moscow.", "Xi Jinping -MET_WITH-> Vladimir Putin"));
    it("a list of things held talks about is no meeting of the list", () =>
      lacksFacts("Japan and China bought oil while Iran held talks with Qatar.", "Iran -MET_WITH-> Qatar", "Japan -MET_WITH-> China"));
  });

  describe("fired rockets / missiles at, into: an attack", () => {
    it("fired missiles at a country", () => hasFacts("Hezbollah fired missiles at Israel on Sunday.", "Hezbollah -ATTACKED-> Israel"));
    it("fired rockets into a country", () => hasFacts("Hamas fired dozens of rockets into Israel overnight.", "Hamas -ATTACKED-> Israel"));
    it("firing a person is no attack", () =>
      lacksFacts("Israel fired rockets at Lebanon after Benjamin Netanyahu fired Yoav Gallant.", "Israel -ATTACKED-> Lebanon", "Benjamin Netanyahu -ATTACKED-> Yoav Gallant"));
    it("firing into the sea off a place does not attack the place", () =>
      lacksFacts("Iran launched missiles at Israel, and China fired shells into the sea off Taiwan.", "Iran -ATTACKED-> Israel", "China -ATTACKED-> Taiwan"));
  });

  describe("a preposition's object: another preposition opens a new place", () => {
    it("into the waters near a place is no target", () =>
      lacksFacts("North Korea sent troops to Russia and fired missiles into waters near Japan.", "North Korea -SENT_TROOPS_TO-> Russia", "North Korea -ATTACKED-> Japan"));
    it("'of' still joins: the city of X", () => hasFacts("Israel launched strikes on the city of Rafah.", "Israel -ATTACKED-> Rafah"));
  });

  describe("Arabic names: a particle glued by a hyphen stays in the name", () => {
    it("al- inside a titled name", () => {
      const f = readFacts("Egyptian President Abdel Fattah al-Sisi met Ali Khamenei in Tehran.");
      hasFacts("Egyptian President Abdel Fattah al-Sisi met Ali Khamenei in Tehran.", "Abdel Fattah al-Sisi -MET_WITH-> Ali Khamenei");
      assert.ok(!f.entity("Sisi") || f.entity("Sisi")?.label === "Abdel Fattah al-Sisi", "al-Sisi is no node of its own");
    });
    it("al- after a given name", () => hasFacts("Mohammed al-Sudani visited Tehran on Monday.", "Mohammed al-Sudani -VISITED-> Iran"));
    it("a lower-case particle word alone is not glued", () => {
      const f = readFacts("Mohammed Shia visited al Tehran.");
      assert.ok(!f.entities.some((e) => e.label.includes(" al")), f.entities.map((e) => e.label).join(", "));
    });
  });

  describe("sea features are places", () => {
    it("a shoal", () => assert.equal(kindOf("The Chinese coast guard rammed a boat near Second Thomas Shoal, Manila said.", "Second Thomas Shoal"), "Location"));
    it("a reef", () => assert.equal(kindOf("Chinese ships gathered near Whitsun Reef on Monday.", "Whitsun Reef"), "Location"));
    it("an island is the island, not Iceland (whose own name is 'Island')", () => {
      const f = readFacts("North Korea shelled Yeonpyeong Island in 2010.");
      hasFacts("North Korea shelled Yeonpyeong Island in 2010.", "North Korea -ATTACKED-> Yeonpyeong Island");
      assert.ok(!f.entity("Iceland"), f.entities.map((e) => e.label).join(", "));
    });
    it("Iceland is still Iceland", () => assert.equal(kindOf("Iceland and Norway signed an agreement.", "Iceland"), "Country"));
    it("a coast guard stays a body", () => assert.equal(kindOf("The Chinese coast guard rammed a boat near Second Thomas Shoal, Manila said.", "Chinese Coast Guard"), "Organization"));
  });

  describe("the White House acting is the US government", () => {
    it("the White House condemned", () => hasFacts("The White House condemned Iran on Tuesday.", "United States -CRITICIZED-> Iran"));
    it("a White House spokesman is a member of the US government", () =>
      hasFacts("White House spokesman John Kirby criticised Hamas.", "John Kirby -MEMBER_OF-> United States", "John Kirby -CRITICIZED-> Hamas"));
    it("is no place node of its own", () => assert.equal(readFacts("The White House condemned Iran on Tuesday.").entity("White House")?.label, "United States"));
  });

  describe("an indefinite post past its adjectives is nobody in particular", () => {
    it("a senior Hezbollah commander is no person", () =>
      assert.equal(kindOf("Israel said it had killed a senior Hezbollah commander in Beirut.", "Hezbollah commander"), undefined));
    it("a top Iranian general is no person", () => assert.equal(kindOf("A top Iranian general visited Moscow.", "Iranian general"), undefined));
    it("the senior Iranian general still stands for the holder", () => assert.equal(kindOf("The senior Iranian general visited Moscow.", "Iranian general"), "Person"));
  });

  describe("named ships are no entities", () => {
    const noEntity = (text: string, name: string) => readFacts(text).entity(name)?.noEntity === true;
    it("the X tanker", () => assert.ok(noEntity("The Houthis claimed the attack on the Marlin Luanda tanker.", "Marlin Luanda")));
    it("the cargo ship X", () => assert.ok(noEntity("The Houthis seized the cargo ship Galaxy Leader in November.", "Galaxy Leader")));
    it("the group that attacked it stays an entity", () => assert.ok(!noEntity("The Houthis seized the cargo ship Galaxy Leader in November.", "Houthis")));
  });

  describe("a gerund after 'for'/'of' acts for the verb's object", () => {
    it("sanctioned unnamed firms for supporting Y: the sanctioner supports nobody", () =>
      lacksFacts("Washington sanctioned Beijing, and it sanctioned 16 Chinese entities for supporting Russia.", "United States -SANCTIONED-> China", "United States -SUPPORTED-> Russia"));
    it("imposed sanctions on unnamed firms for supporting Y", () =>
      lacksFacts("Washington imposed sanctions on 16 Chinese entities on Thursday for supporting Russia, and Tokyo praised Seoul.", "Japan -PRAISED-> South Korea", "United States -SUPPORTED-> Russia"));
    it("a named object acts", () => hasFacts("Washington sanctioned Beijing last week for supporting Russia.", "China -SUPPORTED-> Russia"));
    it("accused X of attacking Y", () => hasFacts("Ukraine accused Russia of attacking Kharkiv.", "Russia -ATTACKED-> Kharkiv"));
    it("a passive's subject still acts", () => hasFacts("Putin was praised for visiting Pyongyang.", "Putin -VISITED-> North Korea"));
  });

  describe("retaken places are places", () => {
    it("recaptured X", () => hasFacts("Russian troops recaptured Sudzha last week.", "Russian armed forces -CAPTURED-> Sudzha"));
    it("the fall of X", () => assert.equal(kindOf("The fall of Avdiivka shocked Kyiv.", "Avdiivka"), "Location"));
    it("a captured person stays a person", () => assert.equal(kindOf("Hamas captured Noa Argamani in 2023.", "Noa Argamani"), "Person"));
  });
});
