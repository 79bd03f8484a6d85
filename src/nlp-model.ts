// wink's English model with its core read faster (issue 9). wink-eng-lite-web-model's
// own reader requires the 3 MB model JSON when loaded, copies it whole with
// JSON.parse(JSON.stringify()) and decodes the lexicon's base64 a character at a
// time. This reader parses the file once and decodes with Buffer; what it returns
// equals the package's loader's (test/nlp-model.test.ts compares them whole). The
// model is put together from the package's other parts, without its model.js,
// which would load the package's core reader and so parse the JSON anyway.
import { readFileSync } from "node:fs";
import type model from "wink-eng-lite-web-model";

type Features = Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
/** The parts of the core model this reader touches; the rest is passed on as parsed. */
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Features;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

const CORE_FILE = "wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json";

/** Base64 text as 32-bit words, over a buffer of its own (Buffer.from may hand out a slice of a shared pool). */
const words32 = (base64: string) => new Uint32Array(new Uint8Array(Buffer.from(base64, "base64")).buffer);

/** Each feature's value → index, without a prototype, as wink looks values up by key. */
function hashOf(list: unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  return hash;
}

/** What wink-eng-lite-web-model's load-core-model.js returns (its readModel, then its sizes and efList), read once. */
export function loadCoreModel(): CoreModel {
  const core = JSON.parse(readFileSync(require.resolve(CORE_FILE), "utf8")) as CoreModel;
  const { packing, features, pos } = core;
  core.lexicon = words32(core.lexicon as string);
  core.xpansions = words32(core.xpansions as string);
  for (const f in packing.layout) if (packing.layout[f][3] === 0) features[f].hash = hashOf(features[f].list);
  features.lexeme.hash = hashOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split("_").map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return core;
}

/* eslint-disable @typescript-eslint/no-require-imports -- the package's parts, by file: its model.js is what is avoided */
/**
 * wink-eng-lite-web-model as its model.js builds it, with loadCoreModel as its core; every other part is the package's
 * own. Its parts are required on the first call, not when this module loads: the main thread loads it without tagging.
 */
export const fastModel = (): typeof model => Object.assign(Object.create(null), {
  core: loadCoreModel,
  sbd: require("wink-eng-lite-web-model/dist/load-sbd-model.js"),
  pos: require("wink-eng-lite-web-model/dist/load-pos-model.js"),
  ner: require("wink-eng-lite-web-model/dist/load-ner-model.js"),
  negation: require("wink-eng-lite-web-model/dist/load-negation-model.js"),
  sa: require("wink-eng-lite-web-model/dist/load-sa-model.js"),
  metaCER: require("wink-eng-lite-web-model/dist/load-cer-meta-model.js"),
  featureFn: require("wink-eng-lite-web-model/dist/feature.js"),
  addons: Object.assign(Object.create(null), {
    stem: require("wink-eng-lite-web-model/dist/porter-stemmer.js"),
    lemmatize: require("wink-eng-lite-web-model/dist/lemmatize.js"),
    readabilityStats: require("wink-eng-lite-web-model/dist/readability-stats.js"),
    wordVectors: undefined,
  }),
}) as typeof model;
