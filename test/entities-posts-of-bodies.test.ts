// Issue 10: a post "of" a body the gazetteer does not know, then the holder's
// name ("Secretary of the Iranian Supreme National Security Council Ali
// Larijani"): the body is one Organization (its demonym's country owns it)
// and the holder a Person who holds the post in it, not one long name; and
// the chiefs of a general or defence staff are posts. Sentences written for
// these tests (none from any article).
import { strict as assert } from "node:assert";
import { hasFacts, readFacts } from "./helpers/extract";

const shown = (text: string) => readFacts(text).entities.map((e) => `${e.label}:${e.kind}`).join(", ");

function kindOf(text: string, label: string, kind: string) {
  assert.equal(readFacts(text).entities.find((e) => e.label === label)?.kind, kind, `${label} in «${text}»; got ${shown(text)}`);
}

describe("posts of bodies named before their holder", () => {
  it("split the body from the holder, and place the holder in the body", () => {
    const iran = "Secretary of the Iranian Supreme National Security Council Ali Larijani visited Beirut.";
    kindOf(iran, "Ali Larijani", "Person");
    kindOf(iran, "Iranian Supreme National Security Council", "Organization");
    hasFacts(iran, "Ali Larijani -MEMBER_OF-> Iranian Supreme National Security Council", "Iranian Supreme National Security Council -PART_OF-> Iran", "Ali Larijani -VISITED-> Lebanon");
    const fsb = "Director of the Federal Security Service Alexander Bortnikov said the plot was foiled.";
    kindOf(fsb, "Alexander Bortnikov", "Person");
    hasFacts(fsb, "Alexander Bortnikov -LEADER_OF-> Federal Security Service");
  });

  it("a body the gazetteer knows stays that body", () => {
    const known = "Deputy Chairman of the Security Council Dmitry Medvedev warned Europe.";
    hasFacts(known, "Dmitry Medvedev -MEMBER_OF-> Security Council of Russia");
  });

  it("no split where the words after the body's head word are no person's name", () => {
    const plain = "The head of the National Security Council Staff Office spoke on Monday.";
    assert.ok(!readFacts(plain).entities.some((e) => e.kind === "Person"), shown(plain));
  });

  it("a chief of the general or defence staff holds a post, with or without \"the\"", () => {
    const ru = "Russian Chief of General Staff Valery Gerasimov visited the front.";
    kindOf(ru, "Valery Gerasimov", "Person");
    hasFacts(ru, "Valery Gerasimov -MEMBER_OF-> Russia");
    hasFacts("British Chief of the Defence Staff Tony Radakin visited Kyiv.", "Tony Radakin -MEMBER_OF-> United Kingdom");
  });
});
