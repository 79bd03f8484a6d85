// Feeds in: RSS 2.0, Atom and JSON Feed files and crawler JSON become articles,
// one per item; a malformed feed or an empty item is a skip naming the file and item.
import { strict as assert } from "node:assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanDocument } from "../src/clean";
import { extractFile } from "../src/extract-file";
import { listInputFiles, readInputFile } from "../src/ingest";

const dir = () => mkdtempSync(join(tmpdir(), "newsgraph-feeds-"));
const write = (name: string, content: string) => {
  const path = join(dir(), name);
  writeFileSync(path, content);
  return path;
};

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Fjord &amp; Andes Wire</title>
  <item>
    <title>Chile &amp; Norway sign fisheries pact</title>
    <link>https://wire.example/chile-norway</link>
    <pubDate>Mon, 10 Mar 2025 09:30:00 GMT</pubDate>
    <description>Short teaser that the full content replaces.</description>
    <content:encoded><![CDATA[<p>Chile and Norway signed a fisheries agreement in <b>Oslo</b> on Monday &amp; agreed to share research data.</p><p>The minister of Chile called it &quot;historic&quot;.</p>]]></content:encoded>
  </item>
  <item>
    <title>Peru detains fishing fleet</title>
    <description>&lt;p&gt;The Peruvian navy detained a fishing fleet off Lima, Andr&eacute;s Soto &amp;amp; officials said.&lt;/p&gt;</description>
    <dc:date>2025-03-11</dc:date>
  </item>
  <item><title>Only a title</title><link>https://wire.example/empty</link></item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Polar Desk</title>
  <entry>
    <title type="html">Norway &lt;em&gt;recalls&lt;/em&gt; envoy</title>
    <link rel="self" href="https://polar.example/self/1"/>
    <link rel="alternate" href="https://polar.example/norway-envoy"/>
    <published>2025-03-12T08:00:00Z</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Norway recalled its ambassador from Santiago on Wednesday.</p><p>The foreign ministry in &#197;lesund gave no reason.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <updated>2025-03-13T08:00:00Z</updated>
    <summary type="text">Chile protests &amp; summons the Norwegian envoy</summary>
  </entry>
</feed>`;

describe("feeds", () => {
  it("lists .rss, .atom and .xml files as input", () => {
    const d = dir();
    for (const f of ["a.rss", "b.atom", "c.xml", "d.csv"]) writeFileSync(join(d, f), "x");
    assert.deepEqual(listInputFiles([d]).map((f) => f.slice(d.length + 1)), ["a.rss", "b.atom", "c.xml"]);
  });

  describe("RSS 2.0", () => {
    const r = readInputFile(write("wire.rss", RSS));
    it("makes one article per item with title, link, date and the channel as source", () => {
      assert.deepEqual(r.docs.map((d) => d.id), ["wire-1", "wire-2"]);
      const [first] = r.docs;
      assert.equal(first.title, "Chile & Norway sign fisheries pact");
      assert.equal(first.url, "https://wire.example/chile-norway");
      assert.equal(first.date, "Mon, 10 Mar 2025 09:30:00 GMT");
      assert.equal(first.source, "Fjord & Andes Wire");
    });
    it("reads content:encoded before the description, CDATA literally and its HTML as paragraphs", () => {
      assert.equal(r.docs[0].text, 'Chile and Norway signed a fisheries agreement in Oslo on Monday & agreed to share research data.\n\nThe minister of Chile called it "historic".');
    });
    it("reads an escaped HTML description with its entities decoded once each", () => {
      assert.equal(r.docs[1].text, "The Peruvian navy detained a fishing fleet off Lima, Andrés Soto & officials said.");
      assert.equal(r.docs[1].date, "2025-03-11");
    });
    it("skips an item with no text, naming the file and the item", () => {
      assert.equal(r.skips.length, 1);
      assert.match(r.skips[0].path, /wire\.rss$/);
      assert.match(r.skips[0].reason, /^item 3: no content, description or summary/);
    });
    it("cleans each item into an article with an ISO date", () => {
      const c = cleanDocument(r.docs[0]);
      assert.equal(c.date, "2025-03-10");
      assert.match(c.text, /^Chile and Norway signed/);
    });
  });

  describe("Atom", () => {
    const r = readInputFile(write("polar.atom", ATOM));
    it("reads XHTML content, an HTML title and the alternate link", () => {
      const [first] = r.docs;
      assert.equal(first.text, "Norway recalled its ambassador from Santiago on Wednesday.\n\nThe foreign ministry in Ålesund gave no reason.");
      assert.equal(first.title, "Norway recalls envoy");
      assert.equal(first.url, "https://polar.example/norway-envoy");
      assert.equal(first.source, "Polar Desk");
    });
    it("falls back to the summary, and keeps a one-line item as an article", () => {
      assert.equal(r.docs[1].text, "Chile protests & summons the Norwegian envoy");
      assert.equal(r.docs[1].date, "2025-03-13T08:00:00Z");
      assert.equal(cleanDocument(r.docs[1]).text, "Chile protests & summons the Norwegian envoy");
    });
    it("reads an Atom feed saved as .xml the same way", () => {
      assert.deepEqual(readInputFile(write("polar.xml", ATOM)).docs.map((d) => d.title), ["Norway recalls envoy", "Summary only"]);
    });
  });

  describe("bad feeds are skipped with the reason", () => {
    it("malformed XML names the line", () => {
      const r = readInputFile(write("broken.rss", "<rss><channel><item><title>x</title></channel></rss>"));
      assert.equal(r.docs.length, 0);
      assert.match(r.skips[0].reason, /^malformed feed XML at line 1: .*; fix the file/);
    });
    it("an XML file that is not a feed names its root element", () => {
      const r = readInputFile(write("sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>'));
      assert.match(r.skips[0].reason, /not an RSS 2\.0 or Atom feed \(its root element is <urlset>\)/);
    });
    it("a feed without items says so", () => {
      assert.match(readInputFile(write("empty.rss", "<rss version=\"2.0\"><channel><title>T</title></channel></rss>")).skips[0].reason, /feed has no items/);
    });
  });

  describe("JSON Feed", () => {
    const feed = {
      version: "https://jsonfeed.org/version/1.1",
      title: "Andes Post",
      items: [
        { id: "1", url: "https://andes.example/1", title: "Boric visits Oslo", content_html: "<p>Gabriel Boric arrived in Oslo on Sunday.</p><p>He met Jonas Gahr St&oslash;re.</p>", date_published: "2025-03-09T10:00:00Z" },
        { id: "2", title: "Text item", content_text: "Chile recalled its envoy from Oslo." },
        { id: "3", title: "Nothing" },
      ],
    };
    const r = readInputFile(write("andes.json", JSON.stringify(feed)));
    it("makes one article per item, HTML content as paragraphs, the feed title as source", () => {
      assert.deepEqual(r.docs.map((d) => d.text), ["Gabriel Boric arrived in Oslo on Sunday.\n\nHe met Jonas Gahr Støre.", "Chile recalled its envoy from Oslo."]);
      assert.equal(r.docs[0].url, "https://andes.example/1");
      assert.equal(r.docs[0].source, "Andes Post");
      assert.equal(r.docs[0].date, "2025-03-09T10:00:00Z");
    });
    it("skips an item with no content, naming it", () => assert.match(r.skips[0].reason, /^item 3: no content/));
  });

  describe("crawler JSON", () => {
    it("reads a news-please record", () => {
      const [doc] = readInputFile(write("np.json", JSON.stringify({
        maintext: "Norway and Chile agreed on Monday to share fisheries data.", title: "Fisheries data deal", date_publish: "2025-03-10 09:00:00",
        url: "https://np.example/a", source_domain: "np.example", description: "A deal.",
      }))).docs;
      assert.equal(doc.text, "Norway and Chile agreed on Monday to share fisheries data.");
      assert.deepEqual([doc.title, doc.date, doc.url, doc.source], ["Fisheries data deal", "2025-03-10 09:00:00", "https://np.example/a", "np.example"]);
      assert.equal(cleanDocument(doc).date, "2025-03-10");
    });
    it("reads a trafilatura record, whose `source` is the page's URL", () => {
      const [doc] = readInputFile(write("tf.json", JSON.stringify({
        text: "Chile summoned the Norwegian ambassador on Tuesday.", title: "Envoy summoned", date: "2025-03-11",
        source: "https://tf.example/b", hostname: "tf.example",
      }))).docs;
      assert.deepEqual([doc.text, doc.title, doc.date, doc.url, doc.source], ["Chile summoned the Norwegian ambassador on Tuesday.", "Envoy summoned", "2025-03-11", "https://tf.example/b", "tf.example"]);
    });
    it("a news-please record without main text falls back to its description", () => {
      const [doc] = readInputFile(write("np2.json", JSON.stringify({ maintext: null, description: "Chile and Peru held talks in Lima.", title: "Talks" }))).docs;
      assert.equal(doc.text, "Chile and Peru held talks in Lima.");
    });
  });

  describe("short articles are kept, and a skip names the record", () => {
    it("keeps a one-sentence JSON lines record and skips a record of menus only, naming its line", () => {
      const path = write("day.jsonl", [
        JSON.stringify({ id: "s1", text: "Norway recalled its envoy." }),
        JSON.stringify({ id: "s2", text: "Home\nSign in\nShare" }),
      ].join("\n"));
      const out = extractFile({ file: path, shown: "day.jsonl", maxBytes: 1e6 });
      assert.deepEqual(out.docs.map((d) => d.text), ["Norway recalled its envoy."]);
      assert.equal(out.skips.length, 1);
      assert.equal(out.skips[0].path, "day.jsonl");
      assert.match(out.skips[0].reason, /^line 2: no article text/);
    });
    it("keeps a one-sentence text file", () => {
      const out = extractFile({ file: write("one.txt", "Chile and Norway signed a fisheries pact in Oslo."), shown: "one.txt", maxBytes: 1e6 });
      assert.equal(out.skips.length, 0);
      assert.equal(out.docs[0].text, "Chile and Norway signed a fisheries pact in Oslo.");
    });
  });
});
