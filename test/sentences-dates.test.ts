import { strict as assert } from "node:assert";
import { lastWordOf, splitSentences } from "../src/sentences";
import { parsePublicationDate, parseEventDate } from "../src/dates";

describe("sentences", () => {
  it("splits on sentence ends, not on abbreviations or initials, and keeps offsets", () => {
    const text = "The U.S. envoy met Mr. Smith. Donald J. Trump spoke!\nA new paragraph starts here";
    const s = splitSentences(text);
    assert.deepEqual(s.map((x) => x.text), ["The U.S. envoy met Mr. Smith.", "Donald J. Trump spoke!", "A new paragraph starts here"]);
    for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
  });
  it("the word before a full stop runs back to the first character that is not a letter, full stop or apostrophe", () => {
    assert.equal(lastWordOf("met (Mr"), "Mr");
    assert.equal(lastWordOf("the U.S"), "U.S");
    assert.equal(lastWordOf("d’Estaing"), "d’Estaing");
    assert.equal(lastWordOf("a letter outside the BMP 𝐀"), "𝐀");
    assert.equal(lastWordOf("in 2024"), "");
    assert.equal(lastWordOf(""), "");
  });
  it("a quote that ends a sentence stays with it", () => {
    assert.deepEqual(splitSentences('He said "we won." Then he left.').map((x) => x.text), ['He said "we won."', "Then he left."]);
  });
});

describe("dates", () => {
  for (const [text, iso] of [["02 JUL 2025 | 16:25:15", "2025-07-02"], ["Updated April 28th 2025, 15:05 IST", "2025-04-28"], ["25-10-2025", "2025-10-25"], ["10/25/2025", "2025-10-25"], ["March 3, 2024", "2024-03-03"], ["2024-02-29T08:00Z", "2024-02-29"]])
    it(`publication date «${text}» → ${iso}`, () => assert.equal(parsePublicationDate(text), iso));
  it("an impossible date is no date", () => assert.equal(parsePublicationDate("31-02-2025"), undefined));
  it("event dates relative to the article's date", () => {
    assert.equal(parseEventDate("On June 15, the ministry said", "2025-07-02"), "2025-06-15");
    assert.equal(parseEventDate("Putin spoke on Thursday.", "2025-10-25"), "2025-10-23");
    assert.equal(parseEventDate("troops arrived in the fall of 2024", "2025-07-02"), "2024-09");
    assert.equal(parseEventDate("gains reversed by March 2025", "2025-07-02"), "2025-03");
    assert.equal(parseEventDate("Ukraine launched an offensive in August last year.", "2025-04-28"), "2024-08");
  });
  it("numbers that only look like dates are not dates", () => {
    assert.equal(parseEventDate("its 3-1/2-year-old full-scale invasion", "2025-10-25"), undefined);
  });
  it("a weekday without an article date gives no date (no guessing from today's clock)", () => {
    assert.equal(parseEventDate("Putin spoke on Thursday."), undefined);
  });
});
