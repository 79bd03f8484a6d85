// A fixed pool of worker threads running extractFile. Jobs go out as workers
// free up, so only a bounded number of articles is in flight at once.
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import type { FileExtraction, FileJob } from "../extract-file";
import type { StageTimes } from "../extract";

export type Times = StageTimes & { ingest: number };

export interface ExtractPool {
  run(job: FileJob): Promise<{ result: FileExtraction; times: Times }>;
  close(): Promise<void>;
}

export function createPool(size: number): ExtractPool {
  const workers = Array.from({ length: size }, () => new Worker(join(__dirname, "extract-worker.js")));
  const idle = [...workers];
  const waiting: (() => void)[] = [];
  const pending = new Map<number, { resolve: (v: { result: FileExtraction; times: Times }) => void; reject: (e: Error) => void; worker: Worker }>();
  let nextId = 0;
  for (const w of workers) {
    w.on("message", (msg: { id: number; result?: FileExtraction; error?: string; times: Times }) => {
      const p = pending.get(msg.id)!;
      pending.delete(msg.id);
      idle.push(w);
      waiting.shift()?.();
      if (msg.error) p.reject(new Error(msg.error));
      else p.resolve({ result: msg.result!, times: msg.times });
    });
    w.on("error", (e) => {
      for (const [id, p] of pending) if (p.worker === w) {
        pending.delete(id);
        p.reject(e);
      }
    });
  }
  const acquire = async (): Promise<Worker> => {
    while (idle.length === 0) await new Promise<void>((r) => waiting.push(r));
    return idle.pop()!;
  };
  return {
    async run(job) {
      const w = await acquire();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: w });
        w.postMessage({ id, job });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
