// V8's tiering in the extraction workers, set before the extraction code loads.
//
// A worker runs the same few hundred rule functions over every article, and V8
// optimised each as soon as it had run a little: about 1,000 TurboFan compiles a
// build, several per function as type feedback changed, some 7 s of CPU on V8's
// helper threads, which compete with the two workers for the two cores. With 16
// times the default interrupt budget (67,584 bytecodes) a function is optimised
// once it has really proved hot, with fuller feedback: the compile threads' CPU
// fell by about half and the whole build's CPU by 10-15 % (BBC, 2 workers). The
// flag is process-wide (the main thread's layout is hot enough either way) and
// changes no result, only when code is compiled.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--interrupt-budget=1081344");
