// npm run graph -- [--in PATH…] [--out FILE] [--html FILE] [--strict] [--max-mb N]
import { runGraphCli } from "../src/cli/graph";

runGraphCli(process.argv.slice(2)).then((code) => process.exit(code));
