// Clean: what is removed from each sample page and what of the story is kept.
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanDocument, decodeEntities, normalizeText } from "../src/clean";
import type { RawDoc } from "../src/ingest";

const sample = (id: string) => cleanDocument({ id, path: `graph/articles/${id}.txt`, format: "text", text: readFileSync(join("graph/articles", `${id}.txt`), "utf8") } as RawDoc);

describe("clean", () => {
  it("decodes HTML character references", () => {
    assert.equal(decodeEntities("Kim&#x27;s &quot;heroes&quot; &amp; Putin&#8217;s"), "Kim's \"heroes\" & Putin’s");
  });
  it("decodes every named HTML entity with its case kept, and leaves a bare ampersand alone", () => {
    assert.equal(decodeEntities("&Eacute;lys&eacute;e &Ouml;zil &ccedil; &rarr; &frac12;"), "Élysée Özil ç → ½");
    assert.equal(decodeEntities("AT&T and R&D, &notanentity;"), "AT&T and R&D, &notanentity;");
  });
  it("splits sentences run together without a space, and a speech verb glued to a name", () => {
    assert.equal(normalizeText("at the ceremony.The event ended."), "at the ceremony. The event ended.");
    assert.equal(normalizeText("the Institute for Peacetold Reuters"), "the Institute for Peace told Reuters");
  });

  describe("000: menu of headlines before, app and copyright footer after", () => {
    const c = sample("000_92ee768ca15d9c1c");
    it("takes the headline as title and the printed date", () => {
      assert.equal(c.title, "Kim Jong Un breaks down while honouring soldiers killed in Russian war");
      assert.equal(c.date, "2025-07-02");
    });
    it("removes the headline list, section label, byline and footer", () => {
      for (const gone of ["Apple Pay in India", "Zuckerberg", "Geopolitics", "Krishnasai", "Download App", "Privacy Policy"]) assert.ok(!c.text.includes(gone), gone);
    });
    it("keeps the story whole, first to last paragraph", () => {
      assert.ok(c.text.startsWith("North Korean dictator Kim Jong-Un was seen weeping"));
      assert.ok(c.text.endsWith("additional deployments in July or August."));
      assert.equal(c.text.split("\n\n").length, 8);
    });
    it("names the publisher from the copyright line", () => assert.equal(c.source, "Editorji"));
  });

  describe("001: three unrelated stories after 'Related Articles'", () => {
    const c = sample("001_ac11cd2603d3d6e8");
    it("stops at the related-articles block and drops the widgets", () => {
      for (const gone of ["Brics", "Xi Jinping", "Tu-160M", "Try Our AI Features", "No comments yet"]) assert.ok(!c.text.includes(gone), gone);
      assert.ok(c.removed.includes("Related Articles"));
    });
    it("keeps every paragraph of the story", () => {
      assert.ok(c.text.startsWith('"Chairman of the State Affairs of the DPRK Kim Jong Un'));
      assert.ok(c.text.includes("Comprehensive Strategic Partnership Agreement between Moscow and Pyongyang"));
      assert.ok(c.text.endsWith("killed or wounded in Kursk."));
    });
  });

  describe("002: 'Updated' and 'Published' date lines", () => {
    const c = sample("002_1d0b14440b4e3599");
    it("reads the date and removes both lines", () => {
      assert.equal(c.date, "2025-04-28");
      assert.ok(!/Updated|Published/.test(c.text));
    });
    it("keeps the dateline and the last paragraph", () => {
      assert.ok(c.text.startsWith("New Delhi: Russian President Vladimir Putin"));
      assert.ok(c.text.endsWith("gratitude for American aid."));
    });
  });

  describe("003: numeric date and a publisher line at the end", () => {
    const c = sample("003_24596bca16d28781");
    it("reads 25-10-2025 day first", () => assert.equal(c.date, "2025-10-25"));
    it("removes the publisher line and the desk credit, keeps the rest", () => {
      assert.ok(!c.text.includes("Pressmediaofindia"));
      assert.ok(!c.text.includes("Monitoring Desk"));
      assert.equal(c.source, "Pressmediaofindia");
      assert.ok(c.text.includes("Trump will visit South Korea, North Korea’s bitter rival, next week."));
    });
  });

  describe("004: bulleted headline menu and a comment widget", () => {
    const c = sample("004_3c0319bfe690b474");
    it("removes the menu and the comments", () => {
      for (const gone of ["Head Lines", "Telangana", "Pewdiepie", "No Comments Till Now", "Write Your Story"]) assert.ok(!c.text.includes(gone), gone);
    });
    it("keeps the story from first to last paragraph", () => {
      assert.ok(c.text.startsWith("Images shared by North Korean state media"));
      assert.ok(c.text.endsWith('There may be people under the rubble."'));
    });
  });
});
