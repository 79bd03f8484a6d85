// Evidence sentences as the side panel shows them: names marked, date, verb,
// modality, role, and a link that opens the article on that sentence.
import { RELATIONS, type Evidence } from "../../../../src/schema";
import { h, isPlainClick, str, strings } from "../../dom";
import { evidenceDate } from "../filters/utils";
import { highlightPieces } from "../search/utils";
import { app, loadedGraph } from "../store";
import { kindColor } from "../theme";
import { articleHref } from "../url";
import type { ArticleRef } from "../url/types";
import { openArticle } from "./reader";
import { selectNode } from ".";

export function relationName(rel: string, fallback: string): string {
  return (RELATIONS as Record<string, { label: string }>)[rel]?.label ?? (fallback || rel);
}

export function entityButton(key: string): HTMLElement {
  const a = loadedGraph().getNodeAttributes(key);
  const b = h("button", { cls: "entity-link", attrs: { type: "button" } });
  const sw = h("span", { cls: "swatch", attrs: { "aria-hidden": "true" } });
  sw.style.setProperty("--swatch", kindColor(str(a.kind)));
  b.append(sw, document.createTextNode(str(a.label) || key));
  b.title = `${str(a.kind)} — show ${str(a.label)}`;
  b.addEventListener("click", () => selectNode(key, true));
  return b;
}

/** A link that opens an article in the reader (and still works as a link with a modifier). */
export function articleLink(ref: ArticleRef, text: string, props: { cls?: string; title?: string } = {}): HTMLAnchorElement {
  const link = h("a", { ...props, text, attrs: { href: articleHref(ref) } });
  link.addEventListener("click", (e) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    void openArticle(ref, true);
  });
  return link;
}

function namesOf(key: string): string[] {
  const a = loadedGraph().getNodeAttributes(key);
  return [str(a.label), ...strings(a.aliases)];
}

function sentenceBlock(sentence: string, names: string[]): HTMLElement {
  const q = h("blockquote", { cls: "sentence" });
  for (const piece of highlightPieces(sentence, names)) {
    q.append(piece.mark ? h("mark", { text: piece.text }) : document.createTextNode(piece.text));
  }
  return q;
}

function evidenceFacts(ev: Partial<Evidence>): string[] {
  const bits: string[] = [];
  const date = evidenceDate(ev);
  if (ev.eventDate && ev.eventDate !== ev.articleDate) bits.push(`event ${ev.eventDate}`);
  else if (date) bits.push(date);
  if (ev.verb) bits.push(`“${ev.verb}”`);
  if (ev.modality && ev.modality !== "asserted") bits.push(ev.modality);
  if (ev.role) bits.push(`role: ${ev.role}`);
  return bits;
}

export function evidenceItem(edge: string, ev: Partial<Evidence>, index: number): HTMLElement {
  const [s, t] = loadedGraph().extremities(edge);
  const li = h("li", { cls: "evidence" });
  li.append(sentenceBlock(str(ev.sentence), [...namesOf(s), ...namesOf(t)]));
  const meta = h("div", { cls: "ev-meta" });
  const doc = str(ev.doc);
  if (doc) {
    const art = app().articles.get(doc);
    const ref: ArticleRef = { doc, edge, ev: index };
    if (typeof ev.start === "number" && typeof ev.end === "number") {
      ref.start = ev.start;
      ref.end = ev.end;
    }
    meta.append(articleLink(ref, art?.title ? art.title : doc, { cls: "open-article", title: "Open the article with this sentence highlighted" }));
    if (art?.source) meta.append(h("span", { cls: "sep", text: " · " }), h("span", { text: art.source }));
  }
  for (const b of evidenceFacts(ev)) meta.append(h("span", { cls: "sep", text: " · " }), h("span", { text: b }));
  li.append(meta);
  return li;
}

export function edgeEvidence(edge: string): Partial<Evidence>[] {
  const ev = loadedGraph().getEdgeAttribute(edge, "evidence");
  return Array.isArray(ev) ? (ev as Partial<Evidence>[]) : [];
}

export function evidenceList(edge: string): HTMLElement {
  const ul = h("ul", { cls: "evidence-list" });
  const ev = edgeEvidence(edge);
  ev.forEach((e, i) => ul.append(evidenceItem(edge, e, i)));
  if (ev.length === 0) ul.append(h("li", { cls: "muted", text: "No evidence stored." }));
  return ul;
}
