// Issue 10: a headline states facts ("statements in headlines"; ANNOTATION.md
// counts a fact a headline states plainly). The headline is read as the
// story's first paragraph; a name only the headline gives is no entity unless
// the gazetteer knows it, since a headline's first word is capitalised and its
// words are few. Attack verbs whose object is a deal or a goal attack nothing.
// Articles and sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { storyText } from "../src/clean";
import { extractDocument } from "../src/extract";
import { hasFacts, readFacts } from "./helpers/extract";

const BODY =
  "YEREVAN, March 5 (Reuters) - Armenian and Azerbaijani negotiators met in Abu Dhabi on Thursday for a second day, officials said.\n\n" +
  "Armenia and Azerbaijan have held several rounds of talks since the end of the fighting, and officials in both capitals called this round useful.";

/** One plain-text page: headline, date line, body. */
function article(headline: string, body = BODY) {
  return extractDocument({ id: "a", path: "a.txt", format: "text", text: `${headline}\n2026-03-05\n\n${body}\n` });
}

function relations(x: ReturnType<typeof article>): string[] {
  return x.relations.map((r) => `${x.entities[r.source].label} -${r.relation}-> ${x.entities[r.target].label}`);
}

describe("headlines read for facts", () => {
  it("puts a sentence-case headline before the body, and says where the body starts", () => {
    const story = storyText({ title: "Armenia, Azerbaijan end talks with deal on border", text: "The body." });
    assert.equal(story.text, "Armenia, Azerbaijan end talks with deal on border\n\nThe body.");
    assert.equal(story.text.slice(story.bodyStart), "The body.");
  });

  it("leaves out a title-case headline, one in capitals, and one the body already opens with", () => {
    for (const title of ["Leaders Agree To Meet Next Week In Geneva", "LEADERS AGREE TO MEET", "The body opens here."]) {
      assert.deepEqual(storyText({ title, text: "The body opens here. More text." }), { text: "The body opens here. More text.", bodyStart: 0 });
    }
  });

  it("a fact only the headline states is in the graph, with the headline as evidence", () => {
    const x = article("Armenia, Azerbaijan end peace talks with agreement on border crossings | Reuters");
    const signed = x.relations.find((r) => r.relation === "SIGNED_AGREEMENT_WITH");
    assert.ok(signed, relations(x).join("; "));
    assert.match(signed.evidence.sentence, /^Armenia, Azerbaijan end peace talks/);
    assert.equal(x.text.slice(signed.evidence.start, signed.evidence.end), signed.evidence.sentence);
  });

  it("a name only the headline gives is no entity, unless the gazetteer knows it", () => {
    const x = article("Despair grips Armenia as talks with Azerbaijan drag on");
    const labels = x.entities.map((e) => e.label);
    assert.ok(!labels.includes("Despair"), labels.join("; "));
    // Positive controls: the headline's known countries are kept, and a name the body repeats is an entity.
    const y = article("Nikol Pashinyan hails talks with Azerbaijan", `${BODY}\n\nNikol Pashinyan said the talks were useful.`);
    assert.ok(y.entities.some((e) => e.label === "Nikol Pashinyan") && y.entities.some((e) => e.label === "Azerbaijan"), y.entities.map((e) => e.label).join("; "));
  });
});

describe("attack verbs whose object is a deal or a goal", () => {
  it("attack nothing", () => {
    for (const text of ["Ruiz strikes gold in Spain", "Healey targets England comeback after injury", "Kazakhstan struck a gas deal with China on Monday."]) {
      assert.deepEqual(readFacts(text).list.filter((r) => r.includes("-ATTACKED->")), [], text);
    }
  });

  it("while strikes on places, bodies and countries' assets still attack", () => {
    hasFacts("Israel strikes Beirut suburb after rocket fire", "Israel -ATTACKED-> Lebanon");
    hasFacts("Russia targets Ukraine energy grid with drones", "Russia -ATTACKED-> Ukraine");
    hasFacts("US strikes Houthi targets in Yemen", "United States -ATTACKED-> Houthis");
  });
});
