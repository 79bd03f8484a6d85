// Pure text helpers for the viewer: search normalisation, autocomplete ranking and
// splitting a sentence into plain / highlighted pieces. Nothing DOM-specific here,
// so the unit tests run these in node.

/** Lower-case, strip accents and punctuation, collapse spaces: "Sergeï  Shoïgu!" → "sergei shoigu". */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface SearchItem {
  key: string;
  label: string;
  aliases?: readonly string[];
  /** Larger weights rank first among equally good matches (e.g. weighted degree). */
  weight?: number;
}

interface IndexedName {
  text: string;
  norm: string;
  isLabel: boolean;
}

interface IndexedItem {
  key: string;
  label: string;
  weight: number;
  names: IndexedName[];
}

export interface SearchIndex {
  items: IndexedItem[];
}

export interface SearchHit {
  key: string;
  label: string;
  /** The alias that matched, when it was not the label. */
  alias?: string;
  score: number;
}

export function buildSearchIndex(items: Iterable<SearchItem>): SearchIndex {
  const out: IndexedItem[] = [];
  for (const item of items) {
    const names: IndexedName[] = [];
    const seen = new Set<string>();
    const add = (text: unknown, isLabel: boolean) => {
      if (typeof text !== "string") return;
      const norm = normalize(text);
      if (!norm || seen.has(norm)) return;
      seen.add(norm);
      names.push({ text, norm, isLabel });
    };
    add(item.label, true);
    for (const alias of item.aliases ?? []) add(alias, false);
    out.push({ key: item.key, label: String(item.label ?? item.key), weight: item.weight ?? 0, names });
  }
  return { items: out };
}

/** 0 = exact, 1 = prefix, 2 = a word starts with the query, 3 = substring, -1 = no match. */
function matchScore(norm: string, query: string): number {
  if (norm === query) return 0;
  if (norm.startsWith(query)) return 1;
  if ((" " + norm).includes(" " + query)) return 2;
  if (norm.includes(query)) return 3;
  return -1;
}

export function searchEntities(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const hits: (SearchHit & { weight: number })[] = [];
  for (const item of index.items) {
    let best = -1;
    let bestName: IndexedName | undefined;
    for (const name of item.names) {
      const s = matchScore(name.norm, q);
      if (s < 0) continue;
      // the label wins ties over an alias
      const adjusted = s * 2 + (name.isLabel ? 0 : 1);
      if (best < 0 || adjusted < best) {
        best = adjusted;
        bestName = name;
      }
    }
    if (best >= 0 && bestName) {
      hits.push({
        key: item.key,
        label: item.label,
        // name the alias only when the label does not already show it
        alias: bestName.isLabel || item.names[0]?.norm.includes(bestName.norm) ? undefined : bestName.text,
        score: best,
        weight: item.weight,
      });
    }
  }
  hits.sort((a, b) => a.score - b.score || b.weight - a.weight || a.label.localeCompare(b.label));
  return hits.slice(0, limit).map(({ weight: _w, ...hit }) => hit);
}

export interface TextPiece {
  text: string;
  mark: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Split `text` into pieces, marking every occurrence of one of `names` (case-insensitive,
 * whole words, longest name first). The caller renders the pieces as text nodes.
 */
export function highlightPieces(text: string, names: readonly string[]): TextPiece[] {
  const usable = [...new Set(names.filter((n) => typeof n === "string" && n.trim().length >= 2).map((n) => n.trim()))];
  if (!text) return [];
  if (usable.length === 0) return [{ text, mark: false }];
  usable.sort((a, b) => b.length - a.length);
  const re = new RegExp(
    "(?<![\\p{L}\\p{N}])(?:" + usable.map(escapeRegExp).join("|") + ")(?![\\p{L}\\p{N}])",
    "giu",
  );
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (m[0].length === 0) continue;
    if (at > last) pieces.push({ text: text.slice(last, at), mark: false });
    pieces.push({ text: m[0], mark: true });
    last = at + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), mark: false });
  return pieces;
}

/**
 * Where a sentence stands in an article's cleaned text: the given offsets when they
 * point at the sentence, else the first verbatim occurrence, else null.
 */
export function locateSentence(
  articleText: string,
  sentence: string,
  start?: number,
  end?: number,
): { start: number; end: number } | null {
  if (
    typeof start === "number" &&
    typeof end === "number" &&
    start >= 0 &&
    end > start &&
    end <= articleText.length
  ) {
    const slice = articleText.slice(start, end);
    if (normalize(slice) === normalize(sentence)) return { start, end };
  }
  if (!sentence) return null;
  const at = articleText.indexOf(sentence);
  if (at >= 0) return { start: at, end: at + sentence.length };
  const trimmed = sentence.trim();
  const at2 = trimmed ? articleText.indexOf(trimmed) : -1;
  if (at2 >= 0) return { start: at2, end: at2 + trimmed.length };
  return null;
}
