// parseEventDate asks chrono only about sentences with a digit or a date word,
// listed in lexicons/date-words.json and checked when loaded.
import { strict as assert } from "node:assert";
import { mayHaveDate, parseEventDate, validateDateWords } from "../src/dates";

const valid = { months: ["june"], weekdays: ["friday"], relative: ["ago"], timesOfDay: ["noon"], timeUnits: ["week"], seasons: ["winter"] };

describe("event dates: the word gate before chrono", () => {
  it("a sentence with neither a digit nor a date word is not sent to chrono", () => {
    assert.equal(mayHaveDate("The minister praised the agreement between the two parties."), false);
  });

  it("a digit, a month, a weekday, a relative word or a time unit sends it (positive controls)", () => {
    for (const s of ["Talks resumed in 2024.", "Talks resumed in June.", "Talks resumed on Friday.", "Talks resumed yesterday.", "Talks resumed two weeks ago.", "Sept. talks resumed."]) {
      assert.equal(mayHaveDate(s), true, s);
    }
  });

  it("dates written only in words are still found", () => {
    assert.equal(parseEventDate("The envoy arrived yesterday.", "2025-03-12"), "2025-03-11");
    assert.equal(parseEventDate("The envoy arrived three days ago.", "2025-03-12"), "2025-03-09");
    assert.equal(parseEventDate("The envoy arrived last Tuesday.", "2025-03-12"), "2025-03-11");
  });

  it("a date word inside a longer word does not count", () => {
    assert.equal(mayHaveDate("The Sunderland mayor met the Maynard family."), false);
  });
});

describe("event dates: chrono's patterns interpreted first, compiled after 100 runs", () => {
  it("a sentence gets the same date on its first parse and after the patterns are compiled", () => {
    const sentences: [string, string | undefined, string | undefined][] = [
      ["The envoy arrived on 3 March 2024 for talks.", undefined, "2024-03-03"],
      ["The envoy arrived two weeks ago.", "2025-03-12", "2025-02-26"],
      ["Profits rose 8% to £1.2bn in the year to June 2003.", undefined, "2003-06"],
      ["The minister praised the 2,000 workers.", "2025-03-12", undefined],
    ];
    const first = sentences.map(([s, d]) => parseEventDate(s, d));
    assert.deepEqual(first, sentences.map(([, , date]) => date));
    for (let run = 0; run < 150; run++) for (const [s, d] of sentences) parseEventDate(s, d);
    assert.deepEqual(sentences.map(([s, d]) => parseEventDate(s, d)), first);
  });
});

describe("lexicons/date-words.json checked at load", () => {
  it("a valid list passes (control)", () => {
    assert.deepEqual(validateDateWords(valid, "x.json").months, ["june"]);
  });

  it("a missing list is named", () => {
    const { seasons: _, ...noSeasons } = valid;
    assert.throws(() => validateDateWords(noSeasons, "x.json"), /x\.json: entry "\(top\)" lacks the field "seasons"/);
  });

  it("an entry that is not one lower-case word is named", () => {
    assert.throws(() => validateDateWords({ ...valid, months: ["june", "July"] }, "x.json"), /x\.json: entry "months\.1" must be one lower-case word/);
    assert.throws(() => validateDateWords({ ...valid, relative: ["last week"] }, "x.json"), /entry "relative\.0"/);
  });
});
