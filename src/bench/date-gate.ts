// The proof behind parseEventDate's word gate: on every sentence of a corpus,
// with the article's date and without one, the gated and the ungated parser
// give the same event date.
import { readInputFile } from "../ingest";
import { cleanDocument } from "../clean";
import { splitSentences } from "../sentences";
import { eventDateUngated, mayHaveDate, parseEventDate } from "../dates";
import { corpusFiles } from "./corpus";

export interface DateGateReport {
  sentences: number;
  /** Sentences the gate sends to chrono. */
  gatedIn: number;
  /** Sentence and date where the two parsers disagree (empty when the gate is sound). */
  differences: { sentence: string; articleDate?: string; gated?: string; ungated?: string }[];
}

export function checkDateGate(corpusDir: string): DateGateReport {
  const report: DateGateReport = { sentences: 0, gatedIn: 0, differences: [] };
  for (const file of corpusFiles(corpusDir)) {
    for (const raw of readInputFile(file).docs) {
      const clean = cleanDocument(raw);
      for (const s of splitSentences(clean.text)) {
        report.sentences++;
        if (mayHaveDate(s.text)) report.gatedIn++;
        for (const articleDate of [clean.date, undefined]) {
          const gated = parseEventDate(s.text, articleDate);
          const ungated = eventDateUngated(s.text, articleDate);
          if (gated !== ungated) report.differences.push({ sentence: s.text, articleDate, gated, ungated });
        }
      }
    }
  }
  return report;
}
