// Issue 10, BBC target: a product is not its maker (class 1); a person noun
// before a name is not part of it (class 2); a surname that is an ordinary
// word is no person without evidence (class 3); venues are places and
// competitions events (class 4); junk and splits of the BBC top 100. Sentences
// written for these tests (none from any article), in several settings:
// gadgets, phones, cars, sport, politics, in East Asia, the Middle East and
// Europe. Each "is not" has a control.
import { strict as assert } from "node:assert";
import { assembledNodes, readFacts } from "./helpers/extract";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeWordLexicons } from "../src/lexicon-gen/word-lexicons";
import { readWordList } from "../src/mentions/word-lists";

const read = readFacts;
const labels = (text: string) => read(text).entities.map((e) => `${e.label}:${e.kind}${e.noEntity ? "(no entity)" : ""} [${e.aliases.join("|")}]`).join(", ");

const nodes = assembledNodes;

/** The maker is a node of its own, a company, and no node of the graph names both it and its product. */
function makerApart(text: string, maker: string, product: string) {
  const n = nodes(text);
  const shown = n.map((x) => `${x.label}:${x.kind} [${x.aliases.join("|")}]`).join(", ");
  const firm = n.find((x) => x.label === maker);
  assert.ok(firm, `no node «${maker}» in «${text}»; got ${shown}`);
  assert.equal(firm.kind, "Company", `${maker} in «${text}»; got ${shown}`);
  const mixed = n.find((x) => [x.label, ...x.aliases].includes(maker) && [x.label, ...x.aliases].some((a) => a.includes(product)));
  assert.ok(!mixed, `«${maker}» and its product «${product}» share a node in «${text}»; got ${shown}`);
}

/** The name is read as a product: no entity of any kind. */
const isProduct = (text: string, name: string) => read(text).entities.find((e) => e.label === name)?.noEntity === true;

function sameEntity(text: string, a: string, b: string) {
  const f = read(text);
  const ea = f.entity(a), eb = f.entity(b);
  assert.ok(ea && eb && ea === eb, `«${a}» and «${b}» should be one entity in «${text}»; got ${labels(text)}`);
}

describe("issue 10 BBC class 1: a product is not its maker", () => {
  describe("a firm named alone keeps apart from a product whose name it begins", () => {
    it("a gadget maker and its player", () =>
      makerApart("Kestrel was upbeat about sales in Japan. Its new Kestrel Volt Mini players sold out in Tokyo.", "Kestrel", "Volt"));
    it("a phone maker in Korea and its handset", () =>
      makerApart("Hanbit said demand in South Korea was strong. The Hanbit Nova Edge phone went on sale in Seoul.", "Hanbit", "Nova"));
    it("a maker in the Gulf and its handset, the product named first", () =>
      makerApart("Buyers in Dubai queued for the Zephra Falcon Pro handset. Zephra expects exports to Saudi Arabia to grow.", "Zephra", "Falcon"));
    it("a carmaker in Europe and its model", () =>
      makerApart("Veltro is cutting jobs in Italy. The Veltro Strada Uno model will be built in Poland, Veltro said.", "Veltro", "Strada"));
    it("a maker in China and a product with no cue, after its product line", () =>
      makerApart("Shipments of its Lumin Aero tablets rose in China, Lumin said. The Lumin Aero Slim Max is due in May.", "Lumin", "Aero"));
  });
  describe("product cues", () => {
    it("'its X players', 'their X phones': a name the firm owns, before a product noun", () => {
      assert.ok(isProduct("Kestrel said its Volt Mini players sold well in Japan.", "Volt Mini"), labels("Kestrel said its Volt Mini players sold well in Japan."));
      assert.ok(isProduct("Makers in Taiwan said their Orin Flex phones sold well.", "Orin Flex"), labels("Makers in Taiwan said their Orin Flex phones sold well."));
    });
    it("'the X console', 'a new X handset': a name of several words before a product noun", () => {
      assert.ok(isProduct("Gamers in Japan bought the Tempest Arc console in December.", "Tempest Arc"), labels("Gamers in Japan bought the Tempest Arc console in December."));
      assert.ok(isProduct("Israel's army tested a new Sela Duo handset, Israel said.", "Sela Duo"), labels("Israel's army tested a new Sela Duo handset, Israel said."));
    });
    it("'X, the maker of the Y': Y is a product, X a company", () => {
      const text = "Norvik, the maker of the Sollux, opened an office in Oslo.";
      assert.ok(isProduct(text, "Sollux"), labels(text));
      assert.equal(read(text).entity("Norvik")?.kind, "Company", labels(text));
    });
    it("'Y, made by X' and 'players made by X': Y is a product, X a company", () => {
      const text = "The Sollux, made by Norvik, sold well in Finland.";
      assert.ok(isProduct(text, "Sollux"), labels(text));
      const list = "Shops in Egypt stock players made by Hanbit and others.";
      assert.equal(read(list).entity("Hanbit")?.kind, "Company", labels(list));
    });
  });
  describe("controls: firms and bodies that are no products", () => {
    it("a body's short name joins its full name that ends in a head word", () => {
      sameEntity("The Orbis Institute published a report on India. Orbis said costs rose.", "Orbis Institute", "Orbis");
      sameEntity("The Hanbit Foundation opened a school in Ulsan. Hanbit expects donations from China to double.", "Hanbit Foundation", "Hanbit");
    });
    it("a firm's division that the article shows as a firm is no product", () => {
      const text = "Kestrel said profits rose in Japan. Shares in Kestrel Music fell in Tokyo, as shares in Kestrel fell in Osaka and Kestrel's chief executive resigned.";
      const e = read(text).entity("Kestrel Music");
      assert.ok(e && !e.noEntity && e.kind === "Company", labels(text));
    });
    it("a group's affiliate named by the group and one more word is no product", () => {
      const text = "Kolvan Rotem signed a tank deal with Poland. Shares in Kolvan rose in Seoul, and Kolvan's chief executive resigned.";
      const e = read(text).entity("Kolvan Rotem");
      assert.ok(e && !e.noEntity, labels(text));
      assert.ok(read(text).find("Kolvan Rotem", "SIGNED_AGREEMENT_WITH", "Poland"), read(text).list.join("; "));
    });
    it("a firm named alone is not its own subsidiary", () => {
      const text = "Orvald Capital, the investment arm of Orvald, hired staff in Tokyo.";
      const f = read(text);
      assert.ok(f.entity("Orvald") && f.entity("Orvald") !== f.entity("Orvald Capital"), labels(text));
    });
    it("a maker before a plural product noun is the maker", () => {
      const text = "Sales of Kestrel phones rose in Seoul, the firm said.";
      const e = read(text).entity("Kestrel");
      assert.ok(e && !e.noEntity, labels(text));
    });
    it("a person named before a product noun in a news sentence stays a person", () => {
      const text = "Minister Park Ji-ho said his phone was tapped in Seoul.";
      assert.equal(read(text).entity("Park Ji-ho")?.kind, "Person", labels(text));
    });
    it("a surname alone still joins the person's full name", () => sameEntity("Lee Min-ho visited Japan. Lee said ties would improve.", "Lee Min-ho", "Lee"));
  });
  describe("the rest of a product's name written alone", () => {
    it("is the product, no entity", () => {
      const text = "Sales of Microsoft Windows rose in India, Microsoft said. Windows runs most office computers in Delhi.";
      assert.ok(!nodes(text).some((x) => x.label === "Windows"), labels(text));
    });
    it("a team's name after its city still joins the team (control)", () => {
      const text = "Fans of Leeds United marched in Leeds. United lost 2-0 to a club from Wales.";
      assert.equal(read(text).entity("United")?.label, "Leeds United", labels(text));
    });
  });
});

function kind(text: string, name: string, expected: string) {
  const e = read(text).entity(name);
  assert.ok(e, `no entity «${name}» in «${text}»; got ${labels(text)}`);
  assert.equal(e.kind, expected, `${name} in «${text}»; got ${labels(text)}`);
}

describe("issue 10 BBC class 4: venues and competitions", () => {
  describe("a venue after a team or a country is a place", () => {
    it("'England at Twickenham', 'Al Ahly at Borg El Arab', 'Korea at Sangam'", () => {
      kind("France beat England at Marlowfield on Sunday.", "Marlowfield", "Location");
      kind("Egypt drew with Tunisia at Radesport in the qualifier.", "Radesport", "Location");
      kind("Japan face South Korea at Sangnok on Tuesday.", "Sangnok", "Location");
    });
    it("a person 'at' a name works there (control)", () => kind("Analysts said Mike Carlow at Fennick was upbeat about China.", "Fennick", "Organization"));
  });
  describe("a league named as a competition is an event; as a body it stays one", () => {
    it("'the X League final', 'X League football', 'won the X League'", () => {
      kind("Porto reached the Atlantic League final in Spain.", "Atlantic League", "Event");
      kind("Clubs in Qatar crave Gulf Super League football.", "Gulf Super League", "Event");
      kind("Ulsan won the Asia Premier League last season.", "Asia Premier League", "Event");
    });
    it("a league named alone in most articles and as a competition in some is an event", () => {
      const cup = "Porto reached the Atlantic League final in Spain.";
      const n = nodes(cup, cup, "Benfica play in the Atlantic League.", "The Atlantic League starts in May in Portugal.", "Fans in Lisbon watched the Atlantic League.");
      assert.equal(n.find((x) => x.label === "Atlantic League")?.kind, "Event", JSON.stringify(n));
    });
    it("a lone event head that names no event of the article is no node", () => {
      for (const text of ["Athletes from Kenya flew home after the Games ended in Greece.", "Seoul hosts the Championship next year, South Korea said.", "Veterans of the War marched in Hanoi, Vietnam said."]) {
        const n = nodes(text);
        assert.ok(!n.some((x) => ["Games", "Championship", "War"].includes(x.label)), `«${text}»: ${JSON.stringify(n.map((x) => x.label))}`);
      }
    });
    it("an event head that names an event alone, or the longer event named in the article, stays (controls)", () => {
      assert.ok(nodes("Athletes from Kenya trained for the Olympics in Greece.").some((x) => x.label === "Olympics" && x.kind === "Event"));
      assert.equal(read("Kenya sent runners to the Asian Games in China. The Games opened on Friday.").entity("Games")?.label, "Asian Games");
    });
    it("a league that acts, meets or summits is a body (controls)", () => {
      kind("The Arab League condemned the strike on Gaza.", "Arab League", "Organization");
      kind("Leaders met at the Arab League summit in Cairo.", "Arab League", "Organization");
      kind("The Awami League formed a new government in Bangladesh.", "Awami League", "Organization");
    });
  });
});

describe("issue 10 BBC class 2: a person noun glued before a name is not part of it", () => {
  it("'DJ X', 'Singer X', 'Striker X' name X", () => {
    const text = "Crowds in Leeds mourned late DJ Tom Hollis. Singer Leila Haddad sang in Beirut, and Striker Ahmed Nour scored for Egypt in Doha.";
    const f = read(text);
    for (const name of ["Tom Hollis", "Leila Haddad", "Ahmed Nour"]) assert.equal(f.entity(name)?.label, name, labels(text));
    assert.ok(!f.entities.some((e) => /^(DJ|Singer|Striker) /.test(e.label) || e.aliases.some((a) => /^(DJ|Singer|Striker)\b/.test(a))), labels(text));
  });
  it("across articles the person is one node labelled by the name", () => {
    const n = nodes("Crowds in Leeds mourned DJ Tom Hollis.", "Tom Hollis presented shows in London for the BBC.");
    const hollis = n.filter((x) => /Hollis/.test(x.label));
    assert.deepEqual(hollis.map((x) => x.label), ["Tom Hollis"], JSON.stringify(hollis));
  });
  it("a title stays the holder's post (control)", () => {
    const text = "Chinese President Xi Jinping met Foreign Minister Cho Tae-yul in Beijing.";
    assert.equal(read(text).entity("Cho Tae-yul")?.kind, "Person", labels(text));
    assert.ok(read(text).list.some((r) => /Xi Jinping -LEADER_OF-> China/.test(r)), read(text).list.join("; "));
  });
  it("a person noun before a word that is no given name stays in the name (control)", () => {
    const text = "Storms hit Singer Island in Florida, officials in the United States said.";
    assert.ok(!read(text).entity("Island"), labels(text));
  });
  describe("the word lexicons", () => {
    it("are exactly what the generator makes from compromise, the Phoenix persons and the hand-written corrections", () => {
      const out = mkdtempSync(join(tmpdir(), "gen-words-"));
      try {
        const lexicons = join(__dirname, "..", "lexicons");
        for (const f of ["descriptors-extra.json", "phoenix-persons.json"]) copyFileSync(join(lexicons, f), join(out, f));
        makeWordLexicons(out);
        for (const f of ["descriptors.json", "common-surnames.json"]) assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(lexicons, f))), `${f} differs from a fresh generation`);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
    it("name the file and the entry of a bad word", () => {
      assert.throws(() => readWordList({ descriptors: ["singer", "DJ"] }, "lexicons/descriptors.json", "descriptors"), /lexicons\/descriptors\.json.*descriptors.*1/s);
      assert.equal(readWordList({ descriptors: ["singer", "dj"] }, "lexicons/descriptors.json", "descriptors").size, 2);
    });
  });
});

describe("issue 10 BBC class 3: a surname that is an ordinary word needs evidence of a person", () => {
  const personNode = (text: string, name: string) => nodes(text).find((x) => x.label === name && x.kind === "Person");
  it("alone, with no evidence, it is no person", () => {
    for (const text of ["Voters in Hamburg backed Green in the city poll.", "Fans in Seoul chanted Young throughout the match in Korea."]) {
      const name = /Green/.test(text) ? "Green" : "Young";
      assert.ok(!personNode(text, name), `${name} in «${text}»: ${JSON.stringify(nodes(text))}`);
    }
  });
  it("'said', a title, a full name it abbreviates or a person beside it are evidence (controls)", () => {
    assert.ok(personNode("Young said the talks in Doha had failed.", "Young"));
    assert.ok(personNode("Mr White met officials in Manila on Monday.", "White"));
    sameEntity("Andrew Young visited Gaza. Young later flew to Cairo.", "Andrew Young", "Young");
    assert.ok(personNode("Tony Blair and Brown met in London.", "Brown"));
  });
  it("a surname that is no ordinary word needs no more evidence (control)", () => assert.ok(personNode("Crowds in Ankara cheered Erdogan on Friday.", "Recep Tayyip Erdogan") || personNode("Crowds in Ankara cheered Erdogan on Friday.", "Erdogan")));
});

describe("issue 10 BBC: a nation's adjective before a noun is no name", () => {
  it("'the Welsh runner', 'Welsh factories' name nobody", () => {
    for (const text of ["The Welsh runner won the race in Cardiff.", "Sony closed two Welsh factories, Japan said."]) assert.ok(!read(text).entity("Welsh"), labels(text));
  });
  it("a name it opens stays whole (control)", () => assert.ok(read("Members of the Welsh Assembly met in Cardiff.").entity("Welsh Assembly"), labels("Members of the Welsh Assembly met in Cardiff.")));
});

describe("issue 10 BBC class 2: a hyphenated surname's part is no alias", () => {
  it("'Silk' is not 'Robert Kilroy-Silk'", () => {
    const text = "Robert Kilroy-Silk spoke in Derby. Voters near Leeds backed Kilroy -Silk in the poll.";
    const e = read(text).entity("Robert Kilroy-Silk");
    assert.ok(e && !e.aliases.includes("Silk"), labels(text));
  });
  it("a whole surname still joins the full name (control)", () => {
    sameEntity("Ahmed Al-Sharaa met envoys in Damascus. Al-Sharaa later flew to Riyadh.", "Ahmed Al-Sharaa", "Al-Sharaa");
    sameEntity("Kim Jong Un visited Moscow. Kim met Putin there.", "Kim Jong Un", "Kim");
  });
});

describe("issue 10 BBC: names of diseases are no bodies", () => {
  it("'Aids charities', 'Sars cases' name no organisation", () => {
    for (const text of ["Aids charities in Kenya asked Britain for help.", "Sars cases rose in China and Taiwan."]) assert.ok(!read(text).entities.some((e) => /^(Aids|Sars)$/.test(e.label)), labels(text));
  });
});

describe("issue 10 BBC: a person named with and without a middle initial", () => {
  it("is one node across articles", () => {
    const n = nodes("George W Bush visited Seoul on Monday.", "George W Bush met Putin in Moscow.", "George Bush spoke to Japan's leaders in Tokyo.");
    const bush = n.filter((x) => /Bush/.test(x.label));
    assert.deepEqual(bush.map((x) => x.label), ["George W Bush"], JSON.stringify(bush));
    assert.ok(bush[0].aliases.includes("George Bush"));
  });
  it("joins neither of two persons with other initials (control)", () => {
    const n = nodes("George W Bush visited Seoul on Monday.", "George H W Bush met Gorbachev in Malta.", "George Bush spoke to Japan's leaders in Tokyo.");
    assert.ok(n.some((x) => x.label === "George Bush"), JSON.stringify(n.map((x) => x.label)));
  });
});
