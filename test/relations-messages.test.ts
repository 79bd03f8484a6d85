// Issue 10: messages carried for someone else (SENT_MESSAGE_TO). Readouts say
// "X conveyed the greetings of Putin to Kim", "X delivered a letter from Xi to
// Kim" or "Putin asked X to convey greetings to Trump": the one named after
// "of"/"from" in the message's phrase, or the one who asked for it to be
// carried, sent it; the carrier sent nothing. A message with no other sender
// is the carrier's own.
// Sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { hasFacts, readFacts } from "./helpers/extract";

const messages = (text: string) => readFacts(text).list.filter((r) => r.includes("-SENT_MESSAGE_TO->"));

describe("messages carried for someone else", () => {
  it("the sender named after 'of' or 'from' in the message's phrase sends it, not the carrier", () => {
    for (const [text, sent] of [
      ["Lavrov conveyed the warm greetings of Vladimir Putin to Kim Jong Un.", "Vladimir Putin -SENT_MESSAGE_TO-> Kim Jong Un"],
      ["Wang Yi delivered a personal letter from Xi Jinping to Kim Jong Un.", "Xi Jinping -SENT_MESSAGE_TO-> Kim Jong Un"],
      ["The envoy relayed a message from Recep Tayyip Erdogan to Benjamin Netanyahu.", "Recep Tayyip Erdogan -SENT_MESSAGE_TO-> Benjamin Netanyahu"],
    ]) assert.deepEqual(messages(text), [sent], text);
  });

  it("the one who asks a carrier to convey a message sends it", () => {
    hasFacts("Vladimir Putin asked Steve Witkoff to convey greetings to Donald Trump.", "Vladimir Putin -SENT_MESSAGE_TO-> Donald Trump");
    hasFacts("Xi Jinping instructed Wang Yi to deliver his best wishes to Kim Jong Un.", "Xi Jinping -SENT_MESSAGE_TO-> Kim Jong Un");
  });

  it("a message with no other sender is the carrier's own; conveying a view is no message", () => {
    assert.deepEqual(messages("Sergei Lavrov conveyed a message to Kim Jong Un."), ["Sergei Lavrov -SENT_MESSAGE_TO-> Kim Jong Un"]);
    assert.deepEqual(messages("Sergei Lavrov conveyed the concerns of Russia to Marco Rubio."), []);
  });
});
