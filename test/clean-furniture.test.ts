// Page furniture read as story: captions and photo credits, title-case headline
// lists, other stories' teasers, newsletter plugs, section labels. Each cue is
// data (lexicons/boilerplate.json); the story around it must survive whole.
import { strict as assert } from "node:assert";
import { cleanDocument } from "../src/clean";
import { compileCues, validateBoilerplate } from "../src/clean/cues";
import { isCaption, isTitleCase, stripSectionLabel } from "../src/clean/furniture";
import lexicon from "../lexicons/boilerplate.json";

const clean = (text: string) => cleanDocument({ id: "t", path: "t.txt", format: "text", text });

const P1 = "Chile and Norway signed an agreement on Arctic fisheries research in Oslo on Monday, the Norwegian foreign ministry said in a statement.";
const P2 = "The agreement, which runs for five years, commits both governments to share data from research vessels operating in the Barents Sea.";
const P3 = "Officials said the first joint expedition would leave the port of Tromsø in April, with scientists from the University of Concepción on board.";
const NAMES = "Gabriel Boric met Jonas Gahr Støre at the Akershus Fortress in Oslo on Wednesday, the Chilean Foreign Ministry said.";

describe("clean: page furniture", () => {
  describe("title-case headlines", () => {
    it("tells a headline from a sentence full of names", () => {
      assert.ok(isTitleCase("Leaders Agree To Meet Next Week"));
      assert.ok(isTitleCase("Norway Recalls Envoy as Row With Chile Deepens"));
      assert.ok(!isTitleCase(NAMES));
      assert.ok(!isTitleCase("Chile and Norway sign fisheries pact"));
      assert.ok(!isTitleCase("NORWAY RECALLED ITS ENVOY FROM CHILE ON MONDAY."));
    });
    it("reads words between any white space: leading, doubled, tabs, no-break spaces", () => {
      assert.ok(isTitleCase("  Leaders\tAgree  To\u00a0Meet Next Week "));
      assert.ok(!isTitleCase("  Leaders\tagree  to\u00a0meet next week "));
      assert.ok(isTitleCase("— 2025: Leaders Agree To Meet —"), "words without a letter, or opening with a digit, are passed over");
    });
    it("removes a title-case headline list after the body", () => {
      const c = clean([P1, P2, "Leaders Agree To Meet Next Week", "Norway Recalls Envoy As Row With Chile Deepens.", "Oil Prices Rise After Storm Hits Gulf Of Mexico"].join("\n\n"));
      assert.equal(c.text, [P1, P2].join("\n\n"));
    });
    it("removes a headline list inside the body and keeps the paragraphs around it", () => {
      const c = clean([P1, "Storm Closes Ports Across Southern Chile.", "Norwegian Oil Fund Posts Record Quarterly Return.", P2].join("\n\n"));
      assert.equal(c.text, [P1, P2].join("\n\n"));
    });
    it("keeps a story paragraph heavy with names and titles", () => {
      assert.equal(clean([P1, NAMES, P2].join("\n\n")).text, [P1, NAMES, P2].join("\n\n"));
    });
  });

  describe("photo captions and credits", () => {
    const captions = [
      "Research vessels are moored in the harbour of Tromsø, Norway, March 3, 2025. REUTERS/Jane Doe/File Photo Purchase Licensing Rights",
      "Item 2 of 4 The foreign ministers shake hands in Oslo, Norway, March 10, 2025. Norwegian Foreign Ministry/Handout via REUTERS",
      "**[2/4]** The foreign ministers shake hands in Oslo, Norway, March 10, 2025. Norwegian Foreign Ministry/Handout via REUTERS Purchase Licensing Rights, opens new tab",
      "A fishing trawler leaves the port of Valparaíso on Tuesday. (AP Photo/John Smith)",
      "Chilean President Gabriel Boric (left) speaks with Norwegian Prime Minister Jonas Gahr Støre in Oslo. (Andes Daily DB)",
    ];
    it("recognises each caption", () => {
      for (const caption of captions) assert.ok(isCaption(caption), caption);
    });
    it("does not take story sentences that name an agency or say 'via' for captions", () => {
      for (const line of [P1, "The ship travelled via Istanbul, Reuters reported.", "The photo agency AFP said its photographer was released on Monday."]) assert.ok(!isCaption(line), line);
    });
    it("removes captions between paragraphs and keeps the story", () => {
      const c = clean([P1, captions[0], P2, captions[1], captions[2], P3, captions[3]].join("\n"));
      assert.equal(c.text, [P1, P2, P3].join("\n\n"));
    });
    it("cuts a caption whose credit is glued to the first paragraph", () => {
      const c = clean(`Chile and Norway sign fisheries pact\n2025-03-10\n\n${captions[4]}${P1} ${P2}`);
      assert.ok(c.text.startsWith("Chile and Norway signed an agreement"), c.text);
      assert.ok(!c.text.includes("(left)"));
    });
  });

  describe("teasers, plugs, sign-offs and labels", () => {
    const teaser = "The Peruvian navy has detained a Chinese fishing fleet accused of illegal squid fishing off the coast of Lima, officials said on Monday evening.";
    it("keeps a paragraph after a byline with a date, and drops the byline", () => {
      const c = clean([P1, "By Ana Pérez · March 10, 2025 · 4 min read", P2].join("\n"));
      assert.equal(c.text, [P1, P2].join("\n\n"));
    });
    it("drops another story's teaser after its section-and-time line", () => {
      const c = clean([P1, P2, "Americas · March 10, 2025 · 7:54 PM UTC · 5 mins ago", teaser, P3].join("\n"));
      assert.equal(c.text, [P1, P2, P3].join("\n\n"));
    });
    it("ends the story at the wire sign-off or a 'more on this story' block", () => {
      for (const end of ["Reporting by Ana Pérez; Editing by Tom Hardy", "More on this story", "Related Topics"]) {
        assert.equal(clean([P1, P2, end, teaser].join("\n")).text, [P1, P2].join("\n\n"), end);
      }
    });
    it("drops contributor lines, e-mail bylines and broadcaster image credits", () => {
      const lines = [
        "Image source, Getty Images", P1, "Image caption, The ministers met at the fortress on Monday",
        "Associated Press writer Ana Pérez in Santiago contributed to this report.", P2, "By Tom Hardy (tom.hardy@fjordwire.example)",
      ];
      assert.equal(clean(lines.join("\n")).text, [P1, P2].join("\n\n"));
    });
    it("keeps a paragraph that mentions a newsletter or an image", () => {
      const line = "The ministry said in its newsletter that the image of the vessel had been shared more than a million times before the crew was freed.";
      assert.equal(clean([P1, line].join("\n")).text, [P1, line].join("\n\n"));
    });
    it("drops a newsletter plug", () => {
      const c = clean([P1, "The Daily Fjord newsletter brings you the biggest stories from the Arctic every morning. Sign up here.", P2].join("\n"));
      assert.equal(c.text, [P1, P2].join("\n\n"));
    });
    it("takes the publisher after a bar out of the title, as the source", () => {
      const c = clean(`Chile and Norway sign fisheries pact | Fjord Wire\n2025-03-10\n\n${P1}`);
      assert.equal(c.title, "Chile and Norway sign fisheries pact");
      assert.equal(c.source, "Fjord Wire");
      assert.equal(clean(`World News | Politics | Business\nChile and Norway sign fisheries pact\n\n${P1}`).title, "Chile and Norway sign fisheries pact");
    });
    it("cuts an agency's credit from the end of a paragraph", () => {
      assert.equal(clean(`${P1} (Yonhap)\n\n${P2}`).text, [P1, P2].join("\n\n"));
    });
    it("cuts a capitalised section label from a paragraph, and leaves a word that only looks like one", () => {
      assert.equal(stripSectionLabel(`EXCLUSIVE: ${P1}`), P1);
      assert.equal(stripSectionLabel(`ANALYSIS-${P1}`), P1);
      assert.equal(stripSectionLabel("Politics in Chile has changed since the vote."), "Politics in Chile has changed since the vote.");
      assert.equal(clean(`EXCLUSIVE: ${P1}\n\n${P2}`).text, [P1, P2].join("\n\n"));
    });
  });

  describe("the lexicon is checked when loaded", () => {
    it("accepts the shipped lexicon", () => {
      assert.doesNotThrow(() => compileCues(validateBoilerplate(lexicon)));
    });
    it("names the file, field and entry of a broken pattern", () => {
      assert.throws(() => validateBoilerplate({ ...lexicon, drop: ["logo", "(unclosed"] }), /lexicons\/boilerplate\.json: entry "drop\.1" is "\(unclosed", not a valid regular expression \(.*\); fix it in the file$/);
    });
    it("names a missing field and an entry of the wrong type", () => {
      const { agencies: _agencies, ...withoutAgencies } = lexicon;
      assert.throws(() => validateBoilerplate(withoutAgencies), /lexicons\/boilerplate\.json: entry "\(top\)" lacks the field "agencies"; fix it in the file$/);
      assert.throws(() => validateBoilerplate({ ...lexicon, stop: ["read more", 7] }), /lexicons\/boilerplate\.json: entry "stop\.1" must be a non-empty string, not 7; fix it in the file$/);
    });
  });
});
