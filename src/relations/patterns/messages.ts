// Messages carried for someone else (SENT_MESSAGE_TO): "X conveyed the greetings of Putin to Kim", "X delivered a
// letter from Xi to Kim", "X asked Y to convey greetings to Z". The one named after "of"/"from" in the message's
// phrase, or the one who asked for it to be carried, sent it; the carrier did not.
import type { Mention } from "../../mentions";
import type { SentenceInput } from "../types";
import { OBJECT_CLASSES } from "../lexicon";
import { nameAfterWord, subjectOf } from "../syntax";

const MESSAGE_NOUNS = OBJECT_CLASSES.find(([name]) => name === "message")?.[1] ?? new Set<string>();
const SENDER_KINDS = new Set(["Person", "Country", "Organization"]);
// "Putin asked Witkoff to convey greetings to Trump": the one who asks for a message to be carried sends it.
const ASKING_VERBS = new Set(["ask", "instruct", "tell", "request", "entrust", "task", "charge", "authorize", "authorise"]);

/** The sender named inside the message's phrase between the verb's end and the recipient, if any. */
export function messageSender(s: SentenceInput, end: number, recipient: Mention | undefined): Mention | undefined {
  const t = s.tokens;
  const stop = Math.min(recipient ? recipient.start : t.length, end + 8);
  let sawMessage = false;
  for (let q = end; q < stop - 1; q++) {
    if (MESSAGE_NOUNS.has(t[q].lower)) sawMessage = true;
    else if (sawMessage && (t[q].lower === "of" || t[q].lower === "from")) {
      const sender = nameAfterWord(s, q, (m) => SENDER_KINDS.has(m.kind));
      if (sender) return sender;
    }
  }
  return undefined;
}

/** The sender who asked the carrier at k to carry the message: "X asked Y to convey …", "X instructed Y to deliver …". */
export function askingSender(s: SentenceInput, k: number): Mention | undefined {
  const t = s.tokens;
  if (t[k - 1]?.lower !== "to") return undefined;
  const carrier = s.mentions.find((m) => m.end === k - 1);
  const asking = carrier ? t[(carrier.outerStart ?? carrier.start) - 1] : undefined;
  if (!carrier || !asking || asking.pos !== "VERB" || !ASKING_VERBS.has(asking.lemma)) return undefined;
  const sender = subjectOf(s, asking.i);
  return sender && SENDER_KINDS.has(sender.kind) ? sender : undefined;
}
