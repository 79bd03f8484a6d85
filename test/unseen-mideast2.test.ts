// Issue 10, second Middle East probe (2025–2026 news: ceasefire phases, strikes on Iran, Syria's
// transition, Lebanon, the Houthis, Gulf diplomacy): classes found by reading the extractor's output
// on wire leads, headlines, captions and readouts. Every sentence is written for this file.
import { strict as assert } from "node:assert";
import { hasFacts, lacksFacts, readFacts } from "./helpers/extract";

function kindOf(text: string, name: string): string | undefined {
  return readFacts(text).entity(name)?.kind;
}

describe("issue 10 second Middle East probe classes", () => {
  describe("an object written 'Owner's title Name' is the holder, not the owner", () => {
    it("met Oman's foreign minister X", () =>
      lacksFacts("Iran's top diplomat met Oman's foreign minister Salim Harthi in Muscat.", "Salim Harthi -MEMBER_OF-> Oman"));
    it("the verb's object is the holder", () => {
      lacksFacts("Turkish envoy Emre Kaya met Qatar's prime minister Faisal Thani on Monday.", "Emre Kaya -MET_WITH-> Faisal Thani", "Emre Kaya -MET_WITH-> Qatar");
      lacksFacts("Israel Katz threatened Hezbollah's leader Naim Qassem.", "Israel Katz -THREATENED-> Naim Qassem", "Israel Katz -THREATENED-> Hezbollah");
    });
    it("after a frame's preposition too", () =>
      lacksFacts("Korean envoy Park Min-soo held talks with Japan's foreign minister Kenji Sato.", "Park Min-soo -MET_WITH-> Kenji Sato", "Park Min-soo -MET_WITH-> Japan"));
    it("control: a possessor with nothing of its own after it is the object", () =>
      hasFacts("Egyptian President Abdel Fattah al-Sisi met Jordan's delegation in Cairo and praised Jordan.", "Abdel Fattah al-Sisi -PRAISED-> Jordan"));
    it("control: an owned place is still the target", () => hasFacts("Israel struck Lebanon's Bekaa Valley on Sunday.", "Israel -ATTACKED-> Bekaa Valley"));
  });

  describe("an act only threatened is no fact", () => {
    it("'threatened to attack X' threatens X and attacks no one", () => {
      lacksFacts("Iran threatened to attack Israel on Sunday.", "Iran -THREATENED-> Israel", "Iran -ATTACKED-> Israel");
      lacksFacts("The Houthis threatened to strike Saudi Arabia.", "Houthis -THREATENED-> Saudi Arabia", "Houthis -ATTACKED-> Saudi Arabia");
    });
    it("nor with a projectile phrase after it", () =>
      lacksFacts("Hezbollah threatened to fire rockets at Israel, and Iran praised Hezbollah.", "Iran -PRAISED-> Hezbollah", "Hezbollah -ATTACKED-> Israel"));
    it("control: a second verb joined by 'and' is the subject's own act", () =>
      hasFacts("North Korea threatened to attack Japan and praised Russia.", "North Korea -PRAISED-> Russia"));
    it("control: a threat then a done attack", () => hasFacts("Israel threatened Hezbollah and struck Lebanon.", "Israel -ATTACKED-> Lebanon"));
  });

  describe("named military operations are events", () => {
    it("'Operation X' is an Event, quoted or not", () => {
      assert.equal(kindOf("Israel said Operation Northern Shield had ended.", "Operation Northern Shield"), "Event");
      assert.equal(kindOf('The army said its "Operation Iron Wall" would go on in Jenin.', "Operation Iron Wall"), "Event");
    });
    it("an operation's name after 'codenamed', past an opening quote", () => {
      assert.equal(kindOf('The US operation, codenamed "Desert Anvil", lasted two hours.', "Desert Anvil"), "Event");
      assert.equal(kindOf("The operation, code-named Silent Falcon, began at dawn.", "Silent Falcon"), "Event");
    });
    it("control: a product's codename is no event", () => assert.notEqual(kindOf("The console, codenamed Quasar, will ship in May.", "Quasar"), "Event"));
    it("control: a body called Operation X that speaks or has staff stays a body", () => {
      assert.notEqual(kindOf("Operation Lifeline said it would send food to Gaza.", "Operation Lifeline"), "Event");
      assert.notEqual(kindOf("An Operation Lifeline spokesman welcomed the truce.", "Operation Lifeline"), "Event");
      assert.notEqual(kindOf("Jane Roe of Operation Lifeline welcomed the truce.", "Operation Lifeline"), "Event");
    });
  });

  describe("an attack noun's place after 'in'", () => {
    it("'an Israeli strike in X' attacks X", () => {
      hasFacts("Five people were killed in an Israeli strike in Jabalia on Sunday.", "Israel -ATTACKED-> Jabalia");
      hasFacts("A US strike in Sanaa hit a Houthi command centre, officials said.", "United States -ATTACKED-> Sanaa");
    });
    it("past the noun's victims and a building: 'strikes killed 12 people in X', 'a strike on a house in X'", () => {
      hasFacts("Israeli strikes killed 12 people in Nuseirat on Friday.", "Israel -ATTACKED-> Nuseirat");
      hasFacts("Turkey's strike on a house in Qamishli killed three fighters.", "Turkey -ATTACKED-> Qamishli");
    });
    it("control: a strike with no named actor attacks nothing", () =>
      lacksFacts("Rail workers began a strike in London, and France praised Britain.", "France -PRAISED-> United Kingdom", "London -ATTACKED-> London"));
  });

  describe("Middle East places news spells its own way", () => {
    it("a division's name after a place preposition is the place, even opening with a given name", () => {
      assert.equal(kindOf("Aid trucks reached families in Khan Younis on Monday.", "Khan Younis"), "Location");
      hasFacts("Israeli strikes killed 12 people in Khan Younis overnight.", "Israel -ATTACKED-> Khan Younis");
    });
    it("news spellings of Yemeni and Syrian divisions are those divisions", () => {
      assert.equal(kindOf("Houthi fighters regrouped near Hodeidah.", "Hodeidah"), "Location");
      assert.equal(kindOf("Clashes broke out in Sweida and Hasakah.", "Sweida"), "Location");
    });
    it("control: a person after 'in' stays a person", () => assert.equal(kindOf("Voters lost faith in Keir Starmer.", "Keir Starmer"), "Person"));
    it("Iran's nuclear sites and a summit venue are places", () => {
      assert.equal(kindOf("Inspectors asked to return to Natanz and Fordow.", "Fordow"), "Location");
      assert.equal(kindOf("Leaders gathered in Sharm el-Sheikh for the signing.", "Sharm el-Sheikh"), "Location");
    });
  });

  describe("sanctions and strikes taken up again", () => {
    it("'reimposed / renewed sanctions on X' sanctions X, for every subject listed", () => {
      hasFacts("Britain, France and Germany reimposed sanctions on Iran.", "United Kingdom -SANCTIONED-> Iran", "France -SANCTIONED-> Iran", "Germany -SANCTIONED-> Iran");
      hasFacts("The European Union renewed sanctions on Syria.", "European Union -SANCTIONED-> Syria");
    });
    it("'resumed / intensified strikes on X' attacks X", () => {
      hasFacts("Israel resumed strikes on Gaza after the truce collapsed.", "Israel -ATTACKED-> Gaza");
      hasFacts("Russia intensified attacks on Kharkiv.", "Russia -ATTACKED-> Kharkiv");
    });
    it("control: resumed talks with X are a meeting, not an attack", () =>
      lacksFacts("Israel resumed talks with Hamas in Cairo.", "Israel -MET_WITH-> Hamas", "Israel -ATTACKED-> Hamas"));
  });

  describe("a passive's agents, listed, and the owner of an act judged", () => {
    it("'was condemned by A, B and C': each condemns", () =>
      hasFacts("Israel was condemned by Saudi Arabia, Jordan and Egypt.", "Saudi Arabia -CRITICIZED-> Israel", "Jordan -CRITICIZED-> Israel", "Egypt -CRITICIZED-> Israel"));
    it("'X's strike on Y was condemned by A and B' condemns X", () =>
      hasFacts("Israel's strike on Doha was condemned by Qatar and Turkey.", "Qatar -CRITICIZED-> Israel", "Turkey -CRITICIZED-> Israel", "Israel -ATTACKED-> Doha"));
    it("control: a comma before the only 'and' ends the agent: the next name is another clause's", () =>
      lacksFacts("Aramco, a firm headed by Amin Nasser, and Sabic, a chemicals maker, lead the market.", "Amin Nasser -LEADER_OF-> Aramco", "Sabic -LEADER_OF-> Aramco"));
    it("control: a name after the agents with a verb of its own starts a new clause", () =>
      lacksFacts("Kim was praised by Putin and Xi Jinping met Lavrov.", "Putin -PRAISED-> Kim", "Xi Jinping -PRAISED-> Kim"));
    it("control: an act judged whose owner is no name at the sentence's start judges no one", () =>
      lacksFacts("The strike on Doha was condemned by Qatar, and Iran praised Qatar.", "Iran -PRAISED-> Qatar", "Qatar -CRITICIZED-> Doha"));
  });

  describe("nominalisations with an 'of' object", () => {
    it("'the killing / assassination of X by Y' attacks X", () => {
      hasFacts("The killing of Hamas commander Yousef Darwish by Israel angered Qatar.", "Israel -ATTACKED-> Yousef Darwish");
      hasFacts("The assassination of Rafik Hariri by Hezbollah operatives shook Lebanon.", "Hezbollah -ATTACKED-> Rafik Hariri");
    });
    it("'the US bombing of A, B and C' attacks each", () =>
      hasFacts("The US bombing of Fordow, Natanz and Isfahan set back the programme.", "United States -ATTACKED-> Fordow", "United States -ATTACKED-> Natanz", "United States -ATTACKED-> Isfahan"));
    it("control: a killing with no named agent attacks nothing", () =>
      lacksFacts("The killing of Yousef Darwish angered Qatar, and Iran praised Hamas.", "Iran -PRAISED-> Hamas", "Qatar -ATTACKED-> Yousef Darwish"));
  });

  describe("a response to an act done to X is not a response to X", () => {
    it("'condemned the killing / arrest of X' criticises nobody named", () => {
      lacksFacts("Iran condemned the killing of Ismail Haniyeh, and Qatar praised Iran.", "Qatar -PRAISED-> Iran", "Iran -CRITICIZED-> Ismail Haniyeh");
      lacksFacts("Turkey denounced the arrest of Ekrem Imamoglu, and Germany praised Turkey.", "Germany -PRAISED-> Turkey", "Turkey -CRITICIZED-> Ekrem Imamoglu");
    });
    it("'welcomed the release of X' neither hosts nor praises X", () =>
      lacksFacts("Qatar welcomed the release of Edan Alexander, and Egypt praised Qatar.", "Egypt -PRAISED-> Qatar", "Qatar -HOSTED-> Edan Alexander", "Qatar -PRAISED-> Edan Alexander"));
    it("control: the killing by a named agent is still an attack, and a plain object is still judged", () => {
      hasFacts("Egypt condemned the occupation of Gaza by Israel.", "Israel -CAPTURED-> Gaza");
      hasFacts("Iran praised the work of Hezbollah.", "Iran -PRAISED-> Hezbollah");
    });
  });

  describe("a name opening with a lower-case particle glued by a hyphen", () => {
    it("'met al-Sharaa' names a person, not an organisation 'Sharaa'", () => {
      hasFacts("Tom Barrack met al-Sharaa in Damascus on Monday.", "Tom Barrack -MET_WITH-> al-Sharaa");
      assert.equal(readFacts("Tom Barrack met al-Sharaa in Damascus on Monday.").entity("Sharaa"), undefined);
    });
    it("the short form joins the full name of the article", () =>
      hasFacts("Syrian President Ahmed al-Sharaa flew to Riyadh. Mohammed bin Salman hosted al-Sharaa at his palace.", "Mohammed bin Salman -HOSTED-> Ahmed al-Sharaa"));
    it("'el-' too", () => hasFacts("Benjamin Netanyahu praised el-Sisi on Sunday.", "Benjamin Netanyahu -PRAISED-> el-Sisi"));
    it("control: a particle glued to the word before is no name's start, and a known name keeps its own form", () => {
      assert.equal(readFacts("The pro-al-Assad militia fled.").entity("al-Assad"), undefined);
      assert.equal(kindOf("Al Jazeera reported the strike.", "Al Jazeera"), "Organization");
    });
  });

  describe("a list of demonyms before a weapon all act", () => {
    it("'US, British and Israeli warplanes struck X' → each country attacks", () =>
      hasFacts("US, British and Israeli warplanes struck Houthi positions near Sanaa.", "United States -ATTACKED-> Houthis", "United Kingdom -ATTACKED-> Houthis", "Israel -ATTACKED-> Houthis"));
    it("two demonyms joined by 'and'", () =>
      hasFacts("British and American jets struck Houthi radar sites.", "United Kingdom -ATTACKED-> Houthis", "United States -ATTACKED-> Houthis"));
    it("control: demonyms before people are adjectives, no actors", () =>
      lacksFacts("British and French officials met in Paris, and Iran praised Oman.", "Iran -PRAISED-> Oman", "United Kingdom -MET_WITH-> France"));
  });

  describe("headlines signing a pact, with the verb read as a noun (see also the East Asia probe)", () => {
    it("'A, B sign defence pact' and 'A and B sign ceasefire deal' sign for both", () => {
      hasFacts("Pakistan, Saudi Arabia sign mutual defence pact", "Saudi Arabia -SIGNED_AGREEMENT_WITH-> Pakistan");
      hasFacts("Israel and Hamas sign ceasefire deal", "Israel -SIGNED_AGREEMENT_WITH-> Hamas");
    });
    it("control: a pact only sought is no signing", () =>
      lacksFacts("Iran seeks a pact with Russia, and China praised Iran.", "China -PRAISED-> Iran", "Iran -SIGNED_AGREEMENT_WITH-> Russia"));
  });

  describe("adjectives of peoples and faiths are no names", () => {
    it("'Kurdish-led', 'Druze', 'Bedouin', 'Alawite' name nobody", () => {
      const f = readFacts("Kurdish-led forces and Druze fighters clashed with Bedouin tribes near Alawite villages.");
      for (const word of ["Kurdish", "Druze", "Bedouin", "Alawite"]) assert.equal(f.entity(word), undefined, word);
    });
    it("no leader is made of 'Kurdish-led'", () =>
      lacksFacts("Kurdish-led Syrian Democratic Forces captured Raqqa.", "Syrian Democratic Forces -CAPTURED-> Raqqa", "Kurdish -LEADER_OF-> Syrian Democratic Forces"));
    it("control: such a word opening a longer name stays in it", () => assert.equal(kindOf("The Kurdish Workers Party said it would disarm.", "Kurdish Workers Party"), "Organization"));
  });

  describe("a demonym qualifying what is struck names the country hit", () => {
    it("'bombed three Iranian nuclear sites' attacks Iran when the article names it", () =>
      hasFacts("Iran vowed to respond. The United States bombed three Iranian nuclear sites on Sunday.", "United States -ATTACKED-> Iran"));
    it("'struck Russian oil refineries'", () => hasFacts("Ukraine struck Russian oil refineries overnight, Russia said.", "Ukraine -ATTACKED-> Russia"));
    it("control: with no named country, no node is made of the demonym", () =>
      lacksFacts("Israel hit Syrian air defences, and Jordan condemned Israel.", "Jordan -CRITICIZED-> Israel", "Israel -ATTACKED-> Syria"));
    it("control: a person's attack on a demonym's people is words, not a strike", () =>
      lacksFacts("Britain was named. Sami Nour attacked British diplomats, and Egypt praised Nour.", "Egypt -PRAISED-> Sami Nour", "Sami Nour -ATTACKED-> United Kingdom"));
    it("control: a passive's subject demonym is not its object", () =>
      lacksFacts("Iran said Iranian sites were struck by Israel, and Iraq condemned Israel.", "Iraq -CRITICIZED-> Israel", "Iran -ATTACKED-> Iran"));
  });

  describe("a second verb after the first one's object and an adjunct keeps the first subject", () => {
    it("'hosted X in Riyadh and pledged support for Y': the host supports", () =>
      lacksFacts("Mohammed bin Salman hosted Ahmed al-Sharaa in Riyadh and pledged support for Syria.", "Mohammed bin Salman -SUPPORTED-> Syria", "Ahmed al-Sharaa -SUPPORTED-> Syria"));
    it("'called X on Sunday and praised X'", () =>
      hasFacts("Benjamin Netanyahu called Abdel Fattah al-Sisi on Sunday and praised Egypt.", "Benjamin Netanyahu -PRAISED-> Egypt"));
    it("control: a named subject after 'and' starts its own clause", () =>
      lacksFacts("Vladimir Putin met Xi Jinping in Beijing and Narendra Modi praised Xi Jinping.", "Narendra Modi -PRAISED-> Xi Jinping", "Vladimir Putin -PRAISED-> Xi Jinping"));
  });

  describe("a relative clause closed by a comma, and what is led", () => {
    it("'X, who …, flew to Cairo': the verb after the clause is X's", () => {
      hasFacts("Steve Witkoff, who has met Hamas envoys twice, flew to Cairo on Tuesday.", "Steve Witkoff -VISITED-> Cairo");
      hasFacts("Naim Qassem, who succeeded Hassan Nasrallah last year, praised Iran.", "Naim Qassem -PRAISED-> Iran");
    });
    it("'led US efforts to end the war' leads no country", () =>
      lacksFacts("Steve Witkoff, who has led US efforts to end the war, flew to Cairo.", "Steve Witkoff -VISITED-> Cairo", "Steve Witkoff -LEADER_OF-> United States"));
    it("control: 'led Hamas' still leads it, and a name inside the clause keeps its own verb", () => {
      hasFacts("Ismail Haniyeh led Hamas until his death.", "Ismail Haniyeh -LEADER_OF-> Hamas");
      hasFacts("Nabil Karam headed the Orbex group until 2020.", "Nabil Karam -LEADER_OF-> Orbex");
      hasFacts("Sergei Shoigu, who visited Pyongyang, met Kim Jong Un.", "Sergei Shoigu -VISITED-> North Korea", "Sergei Shoigu -MET_WITH-> Kim Jong Un");
    });
  });

  describe("a post with a lower-case field before its holder in apposition", () => {
    it("'The US envoy for hostage affairs, X,' is X, a member of the United States", () => {
      hasFacts("The US envoy for hostage affairs, Adam Boehler, held direct talks with Hamas.", "Adam Boehler -MEMBER_OF-> United States", "Adam Boehler -MET_WITH-> Hamas");
      assert.equal(readFacts("The US envoy for hostage affairs, Adam Boehler, held direct talks with Hamas.").entity("American envoy"), undefined);
    });
    it("'Britain's minister for trade, X,'", () => hasFacts("Britain's minister for trade, Jane Roe, visited Riyadh.", "Jane Roe -MEMBER_OF-> United Kingdom"));
    it("control: the post with no field still takes the name", () => hasFacts("The US envoy, Adam Boehler, met Hamas officials.", "Adam Boehler -MEMBER_OF-> United States"));
  });
});
