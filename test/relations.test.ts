// Relations: every relation type of SCHEMA.md from sentences written for these
// tests (none from the sample articles), in active, passive, nominal,
// appositive and reported forms; negation and modality.
import { strict as assert } from "node:assert";
import { facts } from "./helpers/extract";

function has(text: string, fact: string, date?: string) {
  const f = facts(text, date);
  assert.ok(f.list.includes(fact), `expected «${fact}» from «${text}», got:\n  ${f.list.join("\n  ")}`);
  return f;
}
/** A fact the text must not give, with a control the same text must give (so that an empty extraction cannot pass). */
function lacks(text: string, fact: string, control: string) {
  const f = has(text, control);
  assert.ok(!f.list.includes(fact), `did not expect «${fact}» from «${text}», got:\n  ${f.list.join("\n  ")}`);
}
/** A fact the first sentence gives and its twin must not: the words that differ are what removes it. */
function onlyFirst(stated: string, twin: string, fact: string) {
  has(stated, fact);
  const f = facts(twin);
  assert.ok(!f.list.includes(fact), `did not expect «${fact}» from «${twin}», got:\n  ${f.list.join("\n  ")}`);
}

describe("relations", () => {
  describe("SENT_TROOPS_TO", () => {
    it("active: a country sends soldiers to a country", () => has("Iran sent 2,000 soldiers to Syria last spring.", "Iran -SENT_TROOPS_TO-> Syria"));
    it("passive with the troops as subject", () => has("More than 500 Belarusian troops were deployed to Serbia.", "Belarusian armed forces -SENT_TROOPS_TO-> Serbia"));
    it("planned: decided to send keeps the modality", () => {
      const f = has("Turkey has decided to send military engineers to Libya.", "Turkey -SENT_TROOPS_TO-> Libya");
      assert.equal(f.find("Turkey", "SENT_TROOPS_TO", "Libya")!.evidence.modality, "planned");
    });
  });
  describe("SUPPLIED_WEAPONS_TO", () => {
    it("sent weapons", () => has("Germany sent tanks and ammunition to Poland in March.", "Germany -SUPPLIED_WEAPONS_TO-> Poland"));
    it("one sentence can carry troops and weapons", () => {
      const f = has("Iran has sent fighters, drones and missiles to Yemen.", "Iran -SUPPLIED_WEAPONS_TO-> Yemen");
      assert.ok(f.list.includes("Iran -SENT_TROOPS_TO-> Yemen"));
    });
  });
  describe("ATTACKED", () => {
    it("active verb", () => has("Israeli jets struck Lebanon on Tuesday.", "Israel -ATTACKED-> Lebanon"));
    it("nominal with a possessor: X's invasion of Y", () => has("Analysts discussed Iraq's invasion of Kuwait in detail.", "Iraq -ATTACKED-> Kuwait"));
    it("a weapon acting for its country", () => has("A Russian drone hit a school in the city of Kharkiv.", "Russia -ATTACKED-> Kharkiv"));
  });
  describe("FOUGHT_IN", () => {
    it("fought in a place", () => has("Wagner Group mercenaries fought in Sudan for years.", "Wagner Group -FOUGHT_IN-> Sudan"));
    it("took part in the fighting in a region", () => has("Iranian troops took part in combat operations in the Idlib region.", "Iranian armed forces -FOUGHT_IN-> Idlib"));
  });
  describe("CAPTURED", () => {
    it("seized a town", () => has("Ukrainian forces recaptured Kherson in November 2022.", "Ukrainian forces -CAPTURED-> Kherson"));
  });
  describe("VISITED", () => {
    it("active visit with the event date", () => {
      const f = has("Chinese President Xi Jinping visited France on May 6.", "Xi Jinping -VISITED-> France", "2024-05-10");
      assert.equal(f.find("Xi Jinping", "VISITED", "France")!.evidence.eventDate, "2024-05-06");
    });
    it("relative clause: X, who visited Y", () => has("The talks included Japanese Prime Minister Fumio Kishida, who visited Kyiv in March.", "Fumio Kishida -VISITED-> Ukraine"));
    it("nominal: X's arrival in Y", () => has("Officials prepared for Antony Blinken's arrival in Beijing.", "Antony Blinken -VISITED-> Beijing"));
    it("a planned visit is marked planned", () => {
      const f = has("Narendra Modi will visit Moscow next month.", "Narendra Modi -VISITED-> Russia", "2024-06-01");
      assert.equal(f.find("Narendra Modi", "VISITED", "Russia")!.evidence.modality, "planned");
    });
    it("a negated visit is not a fact", () => onlyFirst("Xi Jinping visited Brazil this year.", "Xi Jinping did not visit Brazil this year.", "Xi Jinping -VISITED-> Brazil"));
  });
  describe("HOSTED", () => {
    it("hosted a leader", () => has("Saudi Crown Prince Mohammed bin Salman hosted Emmanuel Macron in Riyadh.", "Mohammed bin Salman -HOSTED-> Emmanuel Macron"));
  });
  describe("MET_WITH", () => {
    it("met with", () => has("Recep Tayyip Erdogan met Viktor Orban on Friday.", "Recep Tayyip Erdogan -MET_WITH-> Viktor Orban"));
    it("nominal: held talks with", () => has("Olaf Scholz held talks with Justin Trudeau in Berlin.", "Olaf Scholz -MET_WITH-> Justin Trudeau"));
  });
  describe("SIGNED_AGREEMENT_WITH", () => {
    it("coordinated subjects sign a pact", () => has("Armenia and Azerbaijan signed a peace treaty.", "Armenia -SIGNED_AGREEMENT_WITH-> Azerbaijan"));
    it("an agreement between two states", () => has("The free trade agreement between Canada and Mexico took effect.", "Canada -SIGNED_AGREEMENT_WITH-> Mexico"));
  });
  describe("ALLIED_WITH", () => {
    it("an alliance between two states", () => has("The alliance between Japan and the Philippines grew stronger.", "Japan -ALLIED_WITH-> Philippines"));
  });
  describe("SENT_MESSAGE_TO", () => {
    it("sent a letter to", () => has("Joe Biden sent a letter to Benjamin Netanyahu last week.", "Joe Biden -SENT_MESSAGE_TO-> Benjamin Netanyahu"));
  });
  describe("PRAISED", () => {
    it("thanked", () => has("Volodymyr Zelensky thanked Poland for its support.", "Volodymyr Zelensky -PRAISED-> Poland"));
    it("passive: was praised by", () => has("Jacinda Ardern was praised by Antonio Guterres.", "Antonio Guterres -PRAISED-> Jacinda Ardern"));
  });
  describe("CRITICIZED", () => {
    it("condemned", () => has("Egypt condemned Israel over the raid.", "Egypt -CRITICIZED-> Israel"));
    it("participle after a comma takes the main subject", () => has("Venezuela recalled its envoy, accusing Colombia of meddling.", "Venezuela -CRITICIZED-> Colombia"));
  });
  describe("THREATENED", () => {
    it("threatened", () => has("Kim Yo Jong threatened South Korea with retaliation.", "Kim Yo Jong -THREATENED-> South Korea"));
  });
  describe("SANCTIONED", () => {
    it("imposed sanctions on", () => has("The European Union imposed sanctions on Belarus.", "European Union -SANCTIONED-> Belarus"));
    it("sanctions named by their imposer act through the next sentence", () => {
      const f = facts("Britain imposed sanctions on Iran in May. The sanctions target Gazprom and Rosneft.");
      assert.ok(f.list.includes("United Kingdom -SANCTIONED-> Gazprom"), f.list.join("; "));
      assert.ok(f.list.includes("United Kingdom -SANCTIONED-> Rosneft"), f.list.join("; "));
    });
  });
  describe("SUPPORTED", () => {
    it("nominal: X's support for Y", () => has("Observers noted Belarus's support for Russia during the talks.", "Belarus -SUPPORTED-> Russia"));
    it("verb", () => has("Qatar supported Hamas financially for years.", "Qatar -SUPPORTED-> Hamas"));
  });
  describe("LEADER_OF", () => {
    it("demonym and title before the name", () => has("Brazilian President Luiz Inacio Lula da Silva spoke.", "Luiz Inacio Lula da Silva -LEADER_OF-> Brazil"));
    it("possessive country and title", () => has("Hungary's prime minister Viktor Orban spoke.", "Viktor Orban -LEADER_OF-> Hungary"));
  });
  describe("MEMBER_OF", () => {
    it("minister of a country, with the post on the evidence", () => {
      const f = has("Indian foreign minister Subrahmanyam Jaishankar arrived.", "Subrahmanyam Jaishankar -MEMBER_OF-> India");
      assert.equal(f.find("Subrahmanyam Jaishankar", "MEMBER_OF", "India")!.evidence.role, "foreign minister");
    });
    it("appositive post in a named body", () => has("Fiona Hill, a senior fellow at the Brookings Institution, testified.", "Fiona Hill -MEMBER_OF-> Brookings Institution"));
  });
  describe("PART_OF", () => {
    it("a country's ministry", () => has("Japan's Defense Ministry said the missile fell into the sea.", "Japanese Defense Ministry -PART_OF-> Japan"));
  });
  describe("LOCATED_IN", () => {
    it("a country's region", () => has("Shelling continued in Ukraine's Donetsk region.", "Donetsk -LOCATED_IN-> Ukraine"));
    it("X-based organisation", () => has("The London-based Institute for Strategic Dialogue published a report.", "Institute for Strategic Dialogue -LOCATED_IN-> London"));
  });
  describe("RELATIVE_OF", () => {
    it("his son, Name", () => has("Donald Trump appeared with his son, Eric Trump.", "Eric Trump -RELATIVE_OF-> Donald Trump"));
  });
  it("evidence points at the sentence in the text", () => {
    const text = "Nothing happens here. Egypt condemned Israel over the raid.";
    const f = facts(text);
    const r = f.find("Egypt", "CRITICIZED", "Israel")!;
    assert.equal(text.slice(r.evidence.start, r.evidence.end), r.evidence.sentence);
    assert.equal(r.evidence.verb, "condemned");
  });
  it("an apposition is not a list: only the first name is visited", () => lacks("Joe Biden will visit Poland, Ukraine's closest ally, soon.", "Joe Biden -VISITED-> Ukraine", "Joe Biden -VISITED-> Poland"));
});

describe("relations: what is not a fact", () => {
  it("cutting an alliance is not an alliance", () => onlyFirst("Lithuania deepened its cooperation with Belarus.", "Lithuania suspended its cooperation with Belarus.", "Lithuania -ALLIED_WITH-> Belarus"));
  it("a possessive pronoun is not the one met", () => has("Sergei Lavrov met his Chinese counterpart Wang Yi in Laos.", "Sergei Lavrov -MET_WITH-> Wang Yi"));
  it("an organisation's spokesperson is its member", () => has("China's foreign ministry spokesperson Mao Ning declined to comment.", "Mao Ning -MEMBER_OF-> Chinese Foreign Ministry"));
});

describe("relations: appositions", () => {
  const text = "Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned Seoul against sending leaflets.";
  it("the subject is the name the apposition describes", () => has(text, "Kim Yo Jong -THREATENED-> South Korea"));
  it("not the name inside the apposition", () => lacks(text, "Kim Jong Un -THREATENED-> South Korea", "Kim Yo Jong -THREATENED-> South Korea"));
  it("'X, the sister of Y' is a family tie", () => has(text, "Kim Yo Jong -RELATIVE_OF-> Kim Jong Un"));
  it("killing soldiers is an attack on their force", () => has("Hamas fighters killed three Israeli soldiers in Gaza.", "Hamas -ATTACKED-> Israel Defense Forces"));
});

describe("relations: more forms", () => {
  it("a post in apposition: 'Name, Country's minister,'", () => has("Sergei Shoigu, Russia's defense minister, arrived in Tehran on Monday.", "Sergei Shoigu -MEMBER_OF-> Russia"));
  it("'Name, the leader of Country,'", () => has("Kim Jong Un, the leader of North Korea, inspected a factory.", "Kim Jong Un -LEADER_OF-> North Korea"));
  it("passive with an agent: 'was hosted by'", () => has("Kim Jong Un was hosted by Vladimir Putin at the Kremlin.", "Vladimir Putin -HOSTED-> Kim Jong Un"));
  it("nominal 'the meeting between X and Y'", () => has("The meeting between Vladimir Putin and Kim Jong Un lasted three hours.", "Vladimir Putin -MET_WITH-> Kim Jong Un"));
  it("launching drones against a city is an attack", () => has("Russian forces launched 120 drones overnight against Kharkiv.", "Russian armed forces -ATTACKED-> Kharkiv"));
  it("a denial is not a fact", () => onlyFirst("Moscow struck Kharkiv with North Korean missiles.", "Moscow has denied striking Kharkiv with North Korean missiles.", "Russia -ATTACKED-> Kharkiv"));
});

describe("relations: posts read one way wherever the title stands; deputies lead nothing", () => {
  const deputy = "Kim Tok Hun, deputy leader of the Workers' Party of Korea, arrived in Moscow.";
  it("'Name, deputy leader of Body' is one MEMBER_OF with the post on the evidence", () => {
    const f = has(deputy, "Kim Tok Hun -MEMBER_OF-> Workers' Party of Korea");
    assert.equal(f.find("Kim Tok Hun", "MEMBER_OF", "Workers' Party of Korea")!.evidence.role, "deputy leader");
    assert.deepEqual(f.list.filter((x) => x.startsWith("Kim Tok Hun -LEADER_OF")), []);
    assert.deepEqual(f.entities.filter((e) => e.kind === "Organization").map((e) => e.label), ["Workers' Party of Korea"], "the party is one entity");
  });
  it("a vice president in apposition is a member", () => lacks("Maria Lopez, vice president of the National Teachers' Union, criticised the plan.", "Maria Lopez -LEADER_OF-> National Teachers' Union", "Maria Lopez -MEMBER_OF-> National Teachers' Union"));
  it("a deputy chairman in apposition is a member", () => lacks("Tom Reed, deputy chairman of the Transport Workers' Federation, praised Spain.", "Tom Reed -LEADER_OF-> Transport Workers' Federation", "Tom Reed -MEMBER_OF-> Transport Workers' Federation"));
  it("a former leader in apposition is a member", () => lacks("Raul Soto, former leader of the Miners' Union, praised Chile.", "Raul Soto -LEADER_OF-> Miners' Union", "Raul Soto -MEMBER_OF-> Miners' Union"));
  it("a vice president before the name is a member", () => lacks("US Vice President JD Vance visited Greenland.", "JD Vance -LEADER_OF-> United States", "JD Vance -MEMBER_OF-> United States"));
  it("the leader itself still leads", () => lacks("Anna Berg, the leader of the Farmers' Party, met Olaf Scholz.", "Anna Berg -MEMBER_OF-> Farmers' Party", "Anna Berg -LEADER_OF-> Farmers' Party"));
  it("a post in a body owned by another belongs to the owned body, not the owner", () =>
    lacks("Sara Lind, chair of the Arctic Council's Science Committee, spoke.", "Sara Lind -LEADER_OF-> Arctic Council", "Sara Lind -LEADER_OF-> Science Committee"));
  it("a chief executive in apposition leads, as before a name", () => {
    has("Lena Holm, chief executive of Nordvik Energy, resigned.", "Lena Holm -LEADER_OF-> Nordvik Energy");
    has("Nordvik Energy chief executive Lena Holm resigned.", "Lena Holm -LEADER_OF-> Nordvik Energy");
  });
});
