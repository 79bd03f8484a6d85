// Worker thread entry: registers ts-node (types are checked by `npm test`, not here)
// so that the TypeScript extraction modules load in the worker as in the main thread.
require("ts-node").register({ transpileOnly: true, project: require("node:path").join(__dirname, "..", "..", "tsconfig.json") });
require("./extract-worker.ts");
