// wink's model read by our faster core loader: the same model as the package's own loader, and the same tagging.
import { strict as assert } from "node:assert";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { fastModel, loadCoreModel } from "../src/nlp-model";

describe("wink model, core read once (nlp-model)", () => {
  it("equals wink-eng-lite-web-model's own core model, part for part (lexicon words, hashes without prototype, POS clusters)", () => {
    const ours = loadCoreModel();
    const theirs = (model.core as () => ReturnType<typeof loadCoreModel>)();
    assert.ok(theirs.lexicon instanceof Uint32Array && theirs.lexicon.length > 100000, "the package's lexicon is decoded words");
    assert.deepStrictEqual(ours, theirs);
  });

  it("gives each load its own model: wink grows the lexeme list as it reads, so workers and loads must not share one", () => {
    const a = loadCoreModel();
    const b = loadCoreModel();
    a.features.lexeme.list.push("zzz-new-word");
    assert.notEqual(a.features.lexeme.list.length, b.features.lexeme.list.length);
  });

  it("tags a text as the package's model does", () => {
    const text = "The minister's aides said on Tuesday that Ms. Okafor hadn't flown to Brussels; talks resume in 2027.";
    const read = (nlp: ReturnType<typeof winkNLP>) => {
      const tokens = nlp.readDoc(text).tokens();
      return [tokens.out(nlp.its.value), tokens.out(nlp.its.pos), tokens.out(nlp.its.lemma as unknown as typeof nlp.its.value)];
    };
    const fast = fastModel();
    assert.deepStrictEqual(read(winkNLP(fast, ["pos"])), read(winkNLP(model, ["pos"])));
    // The other parts of the model are the package's own, under the same names.
    const parts = (m: object) => Object.entries(m).filter(([name]) => name !== "core");
    assert.deepStrictEqual(Object.keys(fast), Object.keys(model));
    for (const [name, part] of parts(model)) if (name !== "addons") assert.equal((fast as unknown as Record<string, unknown>)[name], part, name);
    assert.deepStrictEqual(fast.addons, model.addons);
    assert.notEqual(fast.core, model.core);
  });
});
