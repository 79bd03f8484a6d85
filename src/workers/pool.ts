// A fixed pool of worker threads running extractFile. Jobs go out as workers
// free up, so only a bounded number of articles is in flight at once. A worker
// that dies is replaced; the file it was on is tried once more, then skipped
// with a message, so one bad article can neither shrink the pool nor hang the build.
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import type { FileExtraction, FileJob } from "../extract-file";
import type { StageTimes } from "../extract";

export type Times = StageTimes & { ingest: number };
/** `crashed`: the file was skipped because workers died on it; not a result to cache. */
export type PoolAnswer = { result: FileExtraction; times: Times; crashed?: true };

export interface ExtractPool {
  run(job: FileJob): Promise<PoolAnswer>;
  close(): Promise<void>;
}

/** What a worker posts: `ready` once loaded, then one answer per job. */
export type WorkerMessage = { ready: true } | { id: number; result?: FileExtraction; error?: string; times: Times };

interface Task {
  id: number;
  job: FileJob;
  attempts: number;
  resolve: (v: PoolAnswer) => void;
  reject: (e: Error) => void;
}

/** Attempts per file: the first, and one retry on a fresh worker. */
const MAX_ATTEMPTS = 2;

/** The file as skipped, when workers died on it every time it was tried. */
function skipped(job: FileJob, why: string): PoolAnswer {
  const reason = `the extraction worker died on it ${MAX_ATTEMPTS} times (${why}); skipped`;
  return { result: { docs: [], skips: [{ path: job.shown, reason }], bytes: 0 }, times: { clean: 0, nlp: 0, entities: 0, relations: 0, ingest: 0 }, crashed: true };
}

export interface PoolOptions {
  /** The worker's entry file; tests give one that dies on purpose. */
  script?: string;
  /** Write a CPU profile of the first worker into this folder (`npm run bench -- --profile`). */
  profileDir?: string;
}

interface PoolState {
  script: string;
  profileDir?: string;
  queue: Task[];
  /** Each started worker's jobs not yet answered, oldest (the one it is on) first. */
  inFlight: Map<Worker, Task[]>;
  workers: Set<Worker>;
  closed: boolean;
  /** Set when workers cannot start: every job fails with it. */
  broken?: Error;
}

/** Jobs a worker holds at once: the next one waits in its queue, so it never idles while the main thread is busy. */
const DEPTH = 2;

export function createPool(size: number, options: PoolOptions = {}): ExtractPool {
  const script = options.script ?? join(__dirname, "extract-worker.js");
  const pool: PoolState = { script, profileDir: options.profileDir, queue: [], inFlight: new Map(), workers: new Set(), closed: false };
  for (let i = 0; i < size; i++) startWorker(pool);
  let nextId = 0;
  return {
    run(job) {
      if (pool.broken) return Promise.reject(pool.broken);
      return new Promise((resolve, reject) => {
        pool.queue.push({ id: nextId++, job, attempts: 0, resolve, reject });
        dispatch(pool);
      });
    },
    async close() {
      pool.closed = true;
      await Promise.all([...pool.workers].map((w) => w.terminate()));
    },
  };
}

/** Hands queued jobs to started workers, the least loaded first. */
function dispatch(pool: PoolState) {
  for (let depth = 1; depth <= DEPTH; depth++) {
    for (const [w, tasks] of pool.inFlight) {
      if (!pool.queue.length) return;
      if (tasks.length >= depth) continue;
      const task = pool.queue.shift()!;
      tasks.push(task);
      w.postMessage({ id: task.id, job: task.job });
    }
  }
}

function startWorker(pool: PoolState) {
  const profile = pool.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${pool.profileDir}`] : [];
  pool.profileDir = undefined; // one worker's profile is enough
  const w = new Worker(pool.script, { execArgv: [...process.execArgv, ...profile] });
  let ready = false;
  let why = "";
  pool.workers.add(w);
  w.on("message", (msg: WorkerMessage) => {
    if ("ready" in msg) {
      ready = true;
      pool.inFlight.set(w, []);
    } else {
      // A worker answers its jobs in the order it got them.
      const task = pool.inFlight.get(w)!.shift()!;
      if (msg.error) task.reject(new Error(msg.error));
      else task.resolve({ result: msg.result!, times: msg.times });
    }
    dispatch(pool);
  });
  w.on("error", (e) => (why = e.message));
  w.on("exit", (code) => onWorkerExit(pool, w, ready, why || `exit code ${code}`));
}

function onWorkerExit(pool: PoolState, w: Worker, ready: boolean, why: string) {
  pool.workers.delete(w);
  const [current, ...waiting] = pool.inFlight.get(w) ?? [];
  pool.inFlight.delete(w);
  if (pool.closed || pool.broken) return;
  if (!ready) {
    // A worker that cannot even load would die again: fail the build with the reason instead of looping.
    pool.broken = new Error(`extraction worker ${pool.script} failed to start: ${why}`);
    for (const t of [...pool.queue, ...[...pool.inFlight.values()].flat()]) t.reject(pool.broken);
    pool.queue.length = 0;
    pool.inFlight.clear();
    return;
  }
  // The job it was on is the one that killed it; those waiting behind it go back untouched.
  pool.queue.unshift(...waiting);
  if (current && ++current.attempts >= MAX_ATTEMPTS) current.resolve(skipped(current.job, why));
  else if (current) pool.queue.unshift(current);
  startWorker(pool);
  dispatch(pool);
}
