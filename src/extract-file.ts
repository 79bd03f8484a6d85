// One input file → its documents' extractions (a JSON lines file holds many).
// The unit of work for workers and the cache.
import { readInputFile, type Skip } from "./ingest";
import { extractDocument, newStageTimes, type DocExtraction, type StageTimes } from "./extract";

export interface FileExtraction {
  docs: DocExtraction[];
  skips: Skip[];
  bytes: number;
}

export interface FileJob {
  file: string;
  /** The path as shown in messages and stored in the graph (relative to the build's root). */
  shown: string;
  maxBytes: number;
}

export function extractFile(job: FileJob, times: StageTimes & { ingest: number } = { ...newStageTimes(), ingest: 0 }): FileExtraction {
  const t0 = performance.now();
  const read = readInputFile(job.file, { maxBytes: job.maxBytes });
  times.ingest += performance.now() - t0;
  const out: FileExtraction = { docs: [], skips: read.skips.map((s) => ({ ...s, path: s.path === job.file ? job.shown : s.path.replace(job.file, job.shown) })), bytes: 0 };
  for (const raw of read.docs) {
    raw.path = job.shown;
    out.bytes += Buffer.byteLength(raw.text);
    const x = extractDocument(raw, times);
    if (x.text.trim() === "") {
      // Only a document with no sentence at all gets here (cleaning keeps short articles); name the record in a file of many.
      const where = raw.record ? `${raw.record}: ` : "";
      out.skips.push({ path: job.shown, reason: `${where}no article text: no line reads as a sentence once menus, captions and headline lists are removed` });
      continue;
    }
    out.docs.push(x);
  }
  return out;
}
