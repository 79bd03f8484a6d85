// A fixed pool of worker threads running extractFile. Jobs go out in small
// batches as workers free up, so only a bounded number of articles is in flight
// at once and a worker answers a batch in one message. A worker that dies is
// replaced; the files of the batch it was on are tried once more, each alone,
// then skipped with a message, so one bad article can neither shrink the pool
// nor hang the build.
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

/** What the pool posts to a worker: a batch of jobs. */
export type PoolMessage = { batch: { id: number; job: FileJob }[] };
/** A worker's answer to one job. */
export type JobAnswer = { id: number; result?: FileExtraction; error?: string; times: Times };
/** What a worker posts: `ready` once loaded, then the answers to each batch, in one message. */
export type WorkerMessage = { ready: true } | { answers: JobAnswer[] };

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
  /** Workers the pool runs. */
  size: number;
  profileDir?: string;
  queue: Task[];
  /** Each started worker's batches not yet answered, oldest (the one it is on) first. */
  inFlight: Map<Worker, Task[][]>;
  /** A dispatch is due once the current turn of the event loop has queued its jobs. */
  dispatchDue: boolean;
  workers: Set<Worker>;
  closed: boolean;
  /** Set when workers cannot start: every job fails with it. */
  broken?: Error;
}

/** Batches a worker holds at once: the next one waits in its queue, so it never idles while the main thread is busy. */
const DEPTH = 2;
/**
 * Files per batch: fewer messages, and a short tail. Posting an answer costs its worker
 * about 1 ms of CPU whatever its size (serialising it is a tenth of that): with 4 files
 * a batch that was 4-5% of a worker's CPU on BBC, with 16 about 1.5%. The last batch
 * (16 articles, about 0.1 s) is the tail the other worker may wait for.
 */
export const BATCH = 16;
/** Files to keep queued per worker so that its batches are full. */
export const JOBS_PER_WORKER = DEPTH * BATCH + BATCH;

export function createPool(size: number, options: PoolOptions = {}): ExtractPool {
  const script = options.script ?? join(__dirname, "extract-worker.js");
  const pool: PoolState = { script, size, profileDir: options.profileDir, queue: [], inFlight: new Map(), workers: new Set(), closed: false, dispatchDue: false };
  for (let i = 0; i < size; i++) startWorker(pool);
  let nextId = 0;
  return {
    run(job) {
      if (pool.broken) return Promise.reject(pool.broken);
      return new Promise((resolve, reject) => {
        pool.queue.push({ id: nextId++, job, attempts: 0, resolve, reject });
        scheduleDispatch(pool);
      });
    },
    async close() {
      pool.closed = true;
      await Promise.all([...pool.workers].map((w) => w.terminate()));
    },
  };
}

/** Dispatches once the jobs queued in this turn (callers queue one each as answers resolve) are all in. */
function scheduleDispatch(pool: PoolState) {
  if (pool.dispatchDue) return;
  pool.dispatchDue = true;
  setImmediate(() => {
    pool.dispatchDue = false;
    dispatch(pool);
  });
}

/**
 * The next batch from the queue: up to BATCH files, and no more than the workers' share of what is queued, so that
 * the last files of a build go in smaller batches and the workers finish together; a file being retried goes alone.
 */
function nextBatch(queue: Task[], workers: number): Task[] {
  if (queue[0].attempts > 0) return queue.splice(0, 1);
  const most = Math.min(BATCH, Math.ceil(queue.length / workers));
  let n = 1;
  while (n < most && queue[n].attempts === 0) n++;
  return queue.splice(0, n);
}

/** Hands queued jobs to started workers, the least loaded first. */
function dispatch(pool: PoolState) {
  for (let depth = 1; depth <= DEPTH; depth++) {
    for (const [w, batches] of pool.inFlight) {
      if (!pool.queue.length) return;
      if (batches.length >= depth) continue;
      const batch = nextBatch(pool.queue, pool.size);
      batches.push(batch);
      const msg: PoolMessage = { batch: batch.map((t) => ({ id: t.id, job: t.job })) };
      w.postMessage(msg);
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
      // A worker answers its batches in the order it got them, each job of a batch in order.
      const batch = pool.inFlight.get(w)!.shift()!;
      batch.forEach((task, i) => {
        const answer = msg.answers[i];
        if (answer.error) task.reject(new Error(answer.error));
        else task.resolve({ result: answer.result!, times: answer.times });
      });
    }
    scheduleDispatch(pool);
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
    for (const t of [...pool.queue, ...[...pool.inFlight.values()].flat(2)]) t.reject(pool.broken);
    pool.queue.length = 0;
    pool.inFlight.clear();
    return;
  }
  // A file of the batch it was on killed it: each is tried again alone (a file that kills
  // its worker when alone is the one), those waiting behind it go back untouched.
  pool.queue.unshift(...waiting.flat());
  for (const task of [...(current ?? [])].reverse()) {
    if (++task.attempts >= MAX_ATTEMPTS) task.resolve(skipped(task.job, why));
    else pool.queue.unshift(task);
  }
  startWorker(pool);
  scheduleDispatch(pool);
}
