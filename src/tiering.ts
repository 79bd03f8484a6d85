// V8's tiering while a build extracts (in its workers, or in the main thread when
// it extracts itself): V8's flags are process-wide, so the workers started after
// beginExtractionTiering have it too.
//
// Extraction runs the same few hundred rule functions over every article, and V8
// optimised each as soon as it had run a little: about 1,000 TurboFan compiles a
// BBC build, several per function as type feedback changed, some 7 s of CPU on
// V8's helper threads, which compete with the two workers for the two cores. With
// 16 times the default interrupt budget (67,584 bytecodes) a function is optimised
// once it has really proved hot, with fuller feedback: about 300 compiles, the
// helper threads' CPU about halved and the whole build's CPU 10-25 % lower (BBC, 2
// workers); the samples' build (one thread) about 0.3 s less CPU. The flag changes
// no result, only when code is compiled.
import { setFlagsFromString } from "node:v8";

/** V8 11.3's (Node 20's) interrupt budget. */
const DEFAULT_BUDGET = 67_584;

export function beginExtractionTiering(): void {
  setFlagsFromString(`--interrupt-budget=${16 * DEFAULT_BUDGET}`);
}

/**
 * V8's default budget again, once no thread extracts: the layout's few long loops, in the
 * main thread, want optimising early (ForceAtlas2 took up to twice as long with the
 * extraction's budget).
 */
export function endExtractionTiering(): void {
  setFlagsFromString(`--interrupt-budget=${DEFAULT_BUDGET}`);
}
