// Test hook for interrupted builds (not part of src/): builds like npm run graph,
// then kills itself with SIGKILL once N files are extracted, mid-build.
// usage: node -r ts-node/register test/hostile/build-then-die.ts INPUT OUT CACHE N
import { buildFromPaths } from "../../src/build";

const [input, out, cache, after] = process.argv.slice(2);
void buildFromPaths({
  inputs: [input],
  out,
  cache,
  workers: 1,
  progress: (done) => {
    if (done >= Number(after)) process.kill(process.pid, "SIGKILL");
  },
});
