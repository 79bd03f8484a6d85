// Runs extractFile for each job of each batch the main thread posts; answers the
// batch in one message, each job with its result (or error) and stage times.
import { parentPort } from "node:worker_threads";
import { extractFile, type FileJob } from "../extract-file";
import { newStageTimes } from "../extract";
import type { JobAnswer, PoolMessage, WorkerMessage } from "./pool";

const post = (msg: WorkerMessage) => parentPort!.postMessage(msg);

function answer(id: number, job: FileJob): JobAnswer {
  const times = { ...newStageTimes(), ingest: 0 };
  try {
    return { id, result: extractFile(job, times), times };
  } catch (e) {
    return { id, error: (e as Error).stack ?? String(e), times };
  }
}

parentPort!.on("message", (msg: PoolMessage) => post({ answers: msg.batch.map((b) => answer(b.id, b.job)) }));
// Loaded: from here on, a death is the job's doing, not the worker's start-up.
post({ ready: true });
