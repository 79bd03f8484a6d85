// Issue 10, a fourth generality probe on China, Taiwan, the Koreas and Japan (2024–2026) and China's diplomacy beyond:
// classes found by scoring whole articles of our own (a wire story, a broadcaster's page, a foreign-ministry press
// conference, a Korean newspaper page, a think-tank brief) against our own gold. Every sentence is written for this
// file; none comes from any article.
import { strict as assert } from "node:assert";
import { facts, hasEitherWay, hasFacts, lacksFacts, readFacts } from "./helpers/extract";
import { cleanDocument } from "../src/clean";

describe("unseen, Asia 4: a name inside a hyphened pair never acts for a later verb", () => {
  it("the second verb of 'condemned the A-B alliance and criticised C' is the first verb's subject's", () => {
    lacksFacts("Beijing condemned the Japan-US alliance and criticised Tokyo for its defence budget.", "China -CRITICIZED-> Japan", "United States -CRITICIZED-> Japan");
  });
  it("the same with a treaty, another region and a praising verb", () => {
    lacksFacts("Moscow hailed the North Korea-Russia treaty and thanked Pyongyang for its support.", "Russia -PRAISED-> North Korea", "Russia -PRAISED-> Russia");
  });
  it("the same with talks between two others", () => {
    lacksFacts("Seoul welcomed the Russia-Ukraine talks and praised Turkey for hosting them.", "South Korea -PRAISED-> Turkey", "Ukraine -PRAISED-> Turkey");
  });
  it("control: a plain object before 'and' still leaves the subject acting", () => {
    hasFacts("Paris summoned the Iranian ambassador and criticised Tehran.", "France -CRITICIZED-> Iran");
  });
});

describe("unseen, Asia 4: strengthening ties with a partner is an alliance", () => {
  it("'deepened military ties with' relates the subject and the partner", () => {
    hasFacts("Japan has deepened military ties with the United States.", "Japan -ALLIED_WITH-> United States");
  });
  it("other verbs and qualifiers: bolstered its security ties, strengthened defence ties", () => {
    hasFacts("Turkey has bolstered its security ties with Azerbaijan.", "Turkey -ALLIED_WITH-> Azerbaijan");
    hasFacts("Seoul has strengthened defence ties with Canberra.", "South Korea -ALLIED_WITH-> Australia");
  });
  it("a second verb of the same subject after 'and' still has that subject", () => {
    hasFacts("Japan has been expanding military cooperation with the Philippines and deepened military ties with the United States.", "Japan -ALLIED_WITH-> United States", "Japan -ALLIED_WITH-> Philippines");
  });
  it("negative: cutting ties, or ties that sour, are no alliance", () => {
    lacksFacts("Lithuania cut ties with Beijing in 2021 and later criticised China.", "Lithuania -CRITICIZED-> China", "Lithuania -ALLIED_WITH-> China");
    lacksFacts("China's ties with Japan have soured since Beijing criticised Tokyo.", "China -CRITICIZED-> Japan", "China -ALLIED_WITH-> Japan");
  });
});

describe("unseen, Asia 4: buying weapons from a seller is the seller's supply", () => {
  it("'purchased Tomahawk missiles from the United States'", () => {
    hasFacts("Japan has purchased Tomahawk missiles from the United States.", "United States -SUPPLIED_WEAPONS_TO-> Japan");
  });
  it("other buyers, sellers and verbs: acquired, ordered, received", () => {
    hasFacts("The Philippines has acquired BrahMos missiles from India.", "India -SUPPLIED_WEAPONS_TO-> Philippines");
    hasFacts("Poland ordered K2 tanks and howitzers from South Korea last year.", "South Korea -SUPPLIED_WEAPONS_TO-> Poland");
    hasFacts("Taiwan received the first batch of Abrams tanks from the United States in December.", "United States -SUPPLIED_WEAPONS_TO-> Taiwan");
  });
  it("negative: goods that are no weapons, and a purchase denied", () => {
    lacksFacts("India buys Russian oil from Moscow, and New Delhi criticised Washington.", "India -CRITICIZED-> United States", "Russia -SUPPLIED_WEAPONS_TO-> India");
    lacksFacts("Vietnam did not buy drones from China, but Hanoi praised Beijing.", "Vietnam -PRAISED-> China", "China -SUPPLIED_WEAPONS_TO-> Vietnam");
  });
});

describe("unseen, Asia 4: a head-of-state title with no country, for a leader since 2014", () => {
  const KOREA = "President Lee Jae-myung met Trump at the White House on Monday. South Korea will invest $350 billion in the United States.";
  it("'President Lee Jae-myung' leads the country the article names, in his term", () => {
    assert.ok(facts(KOREA, "2025-08-26").list.includes("Lee Jae-myung -LEADER_OF-> South Korea"), facts(KOREA, "2025-08-26").list.join("\n"));
  });
  it("other leaders and regions: Taiwan's president, Japan's prime minister", () => {
    hasFacts("President Lai Ching-te met lawmakers in Taipei. Taiwan will raise defence spending.", "Lai Ching-te -LEADER_OF-> Taiwan");
    const ishiba = facts("Prime Minister Shigeru Ishiba met Albanese in Canberra. Japan and Australia agreed to share satellite data.", "2025-03-24").list;
    assert.ok(ishiba.includes("Shigeru Ishiba -LEADER_OF-> Japan"), ishiba.join("\n"));
  });
  it("negative: an article dated before the term gives no leader", () => {
    const f = facts(KOREA, "2019-03-01");
    assert.ok(f.list.includes("Lee Jae-myung -MET_WITH-> Trump"), f.list.join("\n"));
    assert.ok(!f.list.includes("Lee Jae-myung -LEADER_OF-> South Korea"), f.list.join("\n"));
  });
  it("negative: no title, or no country named in the article, gives no leader", () => {
    lacksFacts("Lee Jae-myung met Trump on Monday. South Korea will invest in the United States.", "Lee Jae-myung -MET_WITH-> Trump", "Lee Jae-myung -LEADER_OF-> South Korea");
    const f = readFacts("President Lee Jae-myung met Trump on Monday.");
    assert.deepEqual(f.list.filter((x) => x.includes("LEADER_OF")), []);
  });
});

describe("unseen, Asia 4: a supply's recipient stays in its clause", () => {
  it("the source after 'according to' is no recipient", () => {
    lacksFacts("Pyongyang has supplied Moscow with artillery shells and ballistic missiles, according to South Korea's National Intelligence Service.", "North Korea -SUPPLIED_WEAPONS_TO-> Russia", "North Korea -SUPPLIED_WEAPONS_TO-> National Intelligence Service");
    lacksFacts("Tehran shipped drones to Moscow last year, according to the Institute for the Study of War.", "Iran -SUPPLIED_WEAPONS_TO-> Russia", "Iran -SUPPLIED_WEAPONS_TO-> Institute for the Study of War");
  });
  it("', and' before a body that opens a titled person's clause ends the list of recipients", () => {
    lacksFacts("Russia has provided air defence systems to Pyongyang, and Russian Security Council Secretary Sergei Shoigu visited the North twice.", "Russia -SUPPLIED_WEAPONS_TO-> North Korea", "Russia -SUPPLIED_WEAPONS_TO-> Russian Security Council");
    lacksFacts("Iran shipped drones to Russia, and Nato Secretary General Mark Rutte condemned Tehran.", "Iran -SUPPLIED_WEAPONS_TO-> Russia", "Iran -SUPPLIED_WEAPONS_TO-> NATO");
  });
  it("control: a list of recipients still gives each", () => {
    hasFacts("Washington sent missiles to Ukraine and Poland.", "United States -SUPPLIED_WEAPONS_TO-> Ukraine", "United States -SUPPLIED_WEAPONS_TO-> Poland");
  });
});

describe("unseen, Asia 4: a press-conference transcript's Q: and A: labels", () => {
  const transcript = [
    "Foreign Ministry Spokesperson's Regular Press Conference",
    "",
    "Q: Yesterday, the Japanese coast guard expelled Chinese fishing boats near the Senkaku Islands. What is your comment on this?",
    "",
    "A: Arms sales to Taiwan seriously violate the one-China principle, and we have lodged stern protests with the United States.",
    "",
    "Question: According to reports, Vietnam protested to China over the detention of its fishermen near the Paracel Islands.",
  ].join("\n");
  const body = cleanDocument({ id: "t", path: "t.txt", format: "text", text: transcript }).text;
  it("each question and answer keeps its words, without its label, so its first word opens the sentence", () => {
    assert.ok(body.includes("Yesterday, the Japanese coast guard expelled"), body);
    assert.ok(body.includes("Arms sales to Taiwan"), body);
    assert.ok(!/^(Q|A|Question):/m.test(body), body);
  });
  it("so a capitalised word opening an answer is no entity", () => {
    const labels = readFacts(body).entities.map((e) => e.label);
    for (const junk of ["Yesterday", "Arms", "According"]) assert.ok(!labels.includes(junk), labels.join(", "));
    assert.ok(labels.includes("Vietnam"), labels.join(", "));
  });
  it("control: a capital letter and colon inside a sentence stay", () => {
    const text = "The envoy listed three aims in his plan: A: a ceasefire, then talks, then aid for Gaza reconstruction.";
    assert.ok(cleanDocument({ id: "t", path: "t.txt", format: "text", text }).text.includes("plan: A: a ceasefire"));
  });
});

describe("unseen, Asia 4: a body's field of two words joined by 'and'", () => {
  const labels = (text: string) => readFacts(text).entities.map((e) => e.label);
  it("'the Bureau of Industry and Security' is one body", () => {
    assert.ok(labels("The Commerce Department's Bureau of Industry and Security has expanded export controls on China.").includes("Bureau of Industry and Security"));
  });
  it("owned by a country: 'China's Ministry of Culture and Tourism', 'South Korea's Ministry of Trade and Energy'", () => {
    hasFacts("China's Ministry of Culture and Tourism advised citizens to avoid travel to Japan.", "Chinese Ministry of Culture and Tourism -PART_OF-> China");
    hasFacts("South Korea's Ministry of Trade and Energy said exports rose in May.", "South Korean Ministry of Trade and Energy -PART_OF-> South Korea");
  });
  it("negative: a known name, a given name or another body after 'and' is a second name", () => {
    assert.deepEqual(labels("Japan's Ministry of Defense and Rosneft signed a fuel deal.").sort(), ["Japan", "Japanese Ministry of Defense", "Rosneft"]);
    assert.ok(labels("The Ministry of Defence and Parliament clashed over the budget.").includes("Parliament"));
    assert.ok(labels("Russia's Ministry of Defence and Kim Yo Jong issued statements.").includes("Kim Yo Jong"));
  });
});

describe("unseen, Asia 4: partners and allies stated with a copula", () => {
  it("'A and B are comprehensive strategic partners' allies each with the other", () => {
    hasEitherWay("China and Russia are comprehensive strategic partners.", "ALLIED_WITH", "China", "Russia");
    hasEitherWay("Pakistan and China are all-weather strategic cooperative partners, Sharif said.", "ALLIED_WITH", "Pakistan", "China");
  });
  it("allies in the plural need no qualifier", () => {
    hasEitherWay("Japan and Australia remain close allies.", "ALLIED_WITH", "Japan", "Australia");
  });
  it("negative: trading partners, and allies denied", () => {
    lacksFacts("China and Australia are major trading partners, and Beijing criticised Canberra.", "China -CRITICIZED-> Australia", "China -ALLIED_WITH-> Australia", "Australia -ALLIED_WITH-> China");
    lacksFacts("Seoul and Tokyo are not allies, and Lee criticised Japan.", "Lee -CRITICIZED-> Japan", "South Korea -ALLIED_WITH-> Japan", "Japan -ALLIED_WITH-> South Korea");
  });
});

describe("unseen, Asia 4: appreciating another's support is praise", () => {
  it("'China appreciates Russia's support', 'Seoul appreciated Washington's efforts'", () => {
    hasFacts("China appreciates Russia's support.", "China -PRAISED-> Russia");
    hasFacts("Seoul appreciated Washington's efforts to free the workers.", "South Korea -PRAISED-> United States");
  });
  it("negative: a currency that appreciates praises no one", () => {
    lacksFacts("The yen appreciated against the dollar, and Japan thanked Australia.", "Japan -PRAISED-> Australia", "Japan -PRAISED-> United States");
  });
});

describe("unseen, Asia 4: 'his' inside a relative clause after a name is that person", () => {
  it("'Lee met Xi, who was on his first visit to Korea': Xi visits", () => {
    lacksFacts("Lee held his first summit with Xi Jinping, who was on his first visit to South Korea in 11 years.", "Xi Jinping -VISITED-> South Korea", "Lee -VISITED-> South Korea");
    lacksFacts("Erdogan hosted Pezeshkian, who was on his first trip to Turkey as president.", "Pezeshkian -VISITED-> Turkey", "Erdogan -VISITED-> Turkey");
  });
  it("control: 'his' before the relative clause is still the subject's", () => {
    hasFacts("Lee held his first summit with Xi Jinping, who praised the APEC hosts.", "Lee -MET_WITH-> Xi Jinping");
    hasFacts("Modi said he would visit Moscow.", "Modi -VISITED-> Russia");
  });
});

describe("unseen, Asia 4: water cannon and tariffs", () => {
  it("a coast guard's water cannon against another country's vessels attacks that country", () => {
    hasFacts("The Philippines protested. The Chinese coast guard used water cannon against a Philippine supply boat near Second Thomas Shoal.", "Chinese Coast Guard -ATTACKED-> Philippines");
    hasFacts("Vietnam protested. The China Coast Guard fired water cannons at Vietnamese fishing boats near the Paracel Islands.", "China Coast Guard -ATTACKED-> Vietnam");
  });
  it("negative: police using water cannon on protesters attack no country", () => {
    lacksFacts("South Korea said police used water cannon on protesters, and Seoul criticised Pyongyang.", "South Korea -CRITICIZED-> North Korea", "Police -ATTACKED-> South Korea");
  });
  it("imposing or slapping tariffs on a country sanctions it", () => {
    hasFacts("Trump imposed tariffs on China.", "Trump -SANCTIONED-> China");
    hasFacts("Washington slapped tariffs on Canada and Mexico.", "United States -SANCTIONED-> Canada", "United States -SANCTIONED-> Mexico");
  });
  it("negative: tariffs not imposed", () => {
    lacksFacts("Washington did not impose new tariffs on Japan, and Tokyo thanked Washington.", "Japan -PRAISED-> United States", "United States -SANCTIONED-> Japan");
  });
});

describe("unseen, Asia 4: East Asian landmarks and disputed features are places", () => {
  const kinds = (text: string) => Object.fromEntries(readFacts(text).entities.map((e) => [e.label, e.kind]));
  it("Beijing's halls of state are places, not bodies", () => {
    const k = kinds("Kim met Xi at the Great Hall of the People and later at the Diaoyutai State Guesthouse near Zhongnanhai.");
    assert.equal(k["Great Hall of the People"], "Location");
    assert.equal(k["Diaoyutai State Guesthouse"], "Location");
    assert.equal(k["Zhongnanhai"], "Location");
  });
  it("a disputed feature's other names are the same place", () => {
    const k = kinds("Chinese ships entered waters near Huangyan Dao and the Senkaku Islands, which China calls Diaoyu.");
    assert.equal(k["Scarborough Shoal"], "Location");
    assert.equal(k["Senkaku Islands"], "Location");
    assert.ok(!("Diaoyu" in k) && !("Huangyan Dao" in k), Object.keys(k).join(", "));
  });
});

describe("unseen, Asia 4: 'Opposition' or 'Ruling' opening a sentence is no part of the party's name", () => {
  it("'Opposition People Power Party leader X' leads the People Power Party", () => {
    hasFacts("Opposition People Power Party leader Jang Dong-hyuk criticized the deal.", "Jang Dong-hyuk -LEADER_OF-> People Power Party");
    const labels = readFacts("Ruling Democratic Party lawmakers criticized Yoon.").entities.map((e) => e.label);
    assert.ok(labels.includes("Democratic Party") && !labels.some((l) => l.startsWith("Ruling")), labels.join(", "));
  });
  it("negative: inside a sentence the word stays in the name", () => {
    const labels = readFacts("The Syrian Opposition Coalition met in Doha.").entities.map((e) => e.label);
    // "coalition" is a body's head word, so the demonym opens the name too ("Syrian Opposition Coalition").
    assert.ok(labels.some((l) => l.endsWith("Opposition Coalition")), labels.join(", "));
  });
});

describe("unseen, Asia 4: 'in Place, Country' places the place in the country", () => {
  it("a city after a place preposition, a comma and a country closing the phrase", () => {
    hasFacts("She met Xi on the sidelines of the APEC summit in Gyeongju, South Korea, on October 31.", "Gyeongju -LOCATED_IN-> South Korea");
    hasFacts("The talks were held in Kuala Lumpur, Malaysia.", "Kuala Lumpur -LOCATED_IN-> Malaysia");
  });
  it("negative: a list going on past the country, or a clause the country opens", () => {
    lacksFacts("Lee visited Incheon, Japan and China last year.", "Lee -VISITED-> Japan", "Incheon -LOCATED_IN-> Japan");
    lacksFacts("Lavrov held talks in Vladivostok, Russia said, and praised Pyongyang.", "Lavrov -PRAISED-> North Korea", "Vladivostok -LOCATED_IN-> Russia");
  });
});

describe("unseen, Asia 4: 'in Place, Capital' is a list of places", () => {
  it("a capital after the comma, read as its country, places nothing", () => {
    lacksFacts("The talks followed rounds in Geneva, London, Stockholm and Madrid, and Bessent praised Beijing.", "Bessent -PRAISED-> China", "Geneva -LOCATED_IN-> United Kingdom", "London -LOCATED_IN-> Sweden");
  });
  it("control: a country's own name still places the city", () => {
    hasFacts("The talks were held in Geneva, Switzerland, in May.", "Geneva -LOCATED_IN-> Switzerland");
  });
});

describe("unseen, Asia 4: 'in Place, Country' only where the country closes the phrase", () => {
  it("negative: a list of places and countries, and a country opening the next clause", () => {
    lacksFacts("The virus spread in Southeast Asia, Vietnam, Laos and Cambodia, and Hanoi criticised Beijing.", "Vietnam -CRITICIZED-> China", "Southeast Asia -LOCATED_IN-> Vietnam");
    lacksFacts("After the draw in Osaka, Japan face Australia in Sydney, and Tokyo praised Canberra.", "Japan -PRAISED-> Australia", "Osaka -LOCATED_IN-> Japan");
  });
  it("control: a preposition after the country still closes it", () => {
    hasFacts("The talks were held in Geneva, Switzerland in May.", "Geneva -LOCATED_IN-> Switzerland");
  });
});
