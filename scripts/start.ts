// npm start -- [--port N] [graph options]: build the graph and serve the viewer.
import { runStart } from "../src/cli/start";

runStart(process.argv.slice(2)).then((code) => process.exit(code));
