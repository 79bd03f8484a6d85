// Runs extractFile for each job the main thread posts; answers with the result and stage times.
import { parentPort } from "node:worker_threads";
import { extractFile, type FileJob } from "../extract-file";
import { newStageTimes } from "../extract";
import type { WorkerMessage } from "./pool";

const post = (msg: WorkerMessage) => parentPort!.postMessage(msg);

parentPort!.on("message", (msg: { id: number; job: FileJob }) => {
  const times = { ...newStageTimes(), ingest: 0 };
  try {
    const result = extractFile(msg.job, times);
    post({ id: msg.id, result, times });
  } catch (e) {
    post({ id: msg.id, error: (e as Error).stack ?? String(e), times });
  }
});
// Loaded: from here on, a death is the job's doing, not the worker's start-up.
post({ ready: true });
