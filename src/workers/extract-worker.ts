// Runs extractFile for each job the main thread posts; answers with the result and stage times.
import { parentPort } from "node:worker_threads";
import { extractFile, type FileJob } from "../extract-file";
import { newStageTimes } from "../extract";

parentPort!.on("message", (msg: { id: number; job: FileJob }) => {
  const times = { ...newStageTimes(), ingest: 0 };
  try {
    const result = extractFile(msg.job, times);
    parentPort!.postMessage({ id: msg.id, result, times });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).stack ?? String(e), times });
  }
});
