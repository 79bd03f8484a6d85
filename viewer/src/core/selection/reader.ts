// The article reader: the cleaned text of an article with the evidence sentence marked.
// Texts come from the standalone page's data block or from the server (article/<id>).
import { byId, h, str } from "../../dom";
import { locateSentence } from "../search/utils";
import { app, updateView } from "../store";
import { writeUrl } from "../url";
import { isDocId } from "../url/utils";
import type { ArticleRef } from "../url/types";
import { edgeEvidence } from "./evidence";

/** Fetched texts by doc id (a cache of the server's answers, not view state). */
const textCache = new Map<string, Promise<string | null>>();

export function forgetArticleTexts(): void {
  textCache.clear();
}

function articleText(doc: string): Promise<string | null> {
  if (!isDocId(doc)) return Promise.resolve(null);
  const embedded = app().embeddedTexts;
  if (embedded) return Promise.resolve(typeof embedded[doc] === "string" ? embedded[doc] : null);
  if (location.protocol === "file:") return Promise.resolve(null);
  let p = textCache.get(doc);
  if (!p) {
    p = fetch("article/" + encodeURIComponent(doc))
      .then((r) => (r.ok ? r.text() : null))
      .catch(() => null);
    textCache.set(doc, p);
  }
  return p;
}

function evidenceSentence(ref: ArticleRef): string {
  const g = app().graph;
  if (!ref.edge || !g?.hasEdge(ref.edge) || typeof ref.ev !== "number") return "";
  return str(edgeEvidence(ref.edge)[ref.ev]?.sentence);
}

function showText(body: HTMLElement, text: string | null, sentence: string, ref: ArticleRef): void {
  if (text === null) {
    body.replaceChildren(h("p", { cls: "muted", text: "The article’s cleaned text is not available here." }));
    if (sentence) body.append(h("blockquote", {}, h("mark", { text: sentence })));
    return;
  }
  const at = sentence || typeof ref.start === "number" ? locateSentence(text, sentence, ref.start, ref.end) : null;
  if (!at) {
    body.replaceChildren(document.createTextNode(text));
    if (sentence) body.prepend(h("p", { cls: "muted", text: "The sentence was not found verbatim in this text." }));
    return;
  }
  const mark = h("mark", { cls: "hl", text: text.slice(at.start, at.end) });
  body.replaceChildren(document.createTextNode(text.slice(0, at.start)), mark, document.createTextNode(text.slice(at.end)));
  mark.scrollIntoView({ block: "center" });
}

export async function openArticle(ref: ArticleRef, updateUrl: boolean): Promise<void> {
  const body = byId("reader-text");
  const art = app().articles.get(ref.doc);
  byId("reader-title").textContent = art?.title ?? ref.doc;
  byId("reader-meta").textContent = [art?.date, art?.source, ref.doc].filter(Boolean).join(" · ");
  body.replaceChildren(h("p", { cls: "muted", text: "Loading…" }));
  byId("reader").hidden = false;
  byId("reader-close").focus();
  updateView({ article: ref });
  if (updateUrl) writeUrl();
  const sentence = evidenceSentence(ref);
  const text = await articleText(ref.doc);
  if (app().view.article !== ref) return; // another article was opened meanwhile
  showText(body, text, sentence, ref);
}

export function closeArticle(): void {
  byId("reader").hidden = true;
  updateView({ article: undefined });
  writeUrl();
}
