// Keeps the view in the URL hash (replaceState, so the history is not flooded).
import { app } from "../store";
import type { ArticleRef } from "./types";
import { encodeState } from "./utils";

/** The pending delayed write (camera moves are written once they stop). */
const pendingWrite = { timer: undefined as number | undefined };

export function writeUrl(delayMs = 0): void {
  window.clearTimeout(pendingWrite.timer);
  const apply = () => {
    const hash = encodeState(app().view);
    const url = location.pathname + location.search + (hash ? "#" + hash : "");
    try {
      history.replaceState(null, "", url);
    } catch {
      /* some file:// setups refuse; the view still works */
    }
  };
  if (delayMs) pendingWrite.timer = window.setTimeout(apply, delayMs);
  else apply();
}

/** A link to the current view with an article open. */
export function articleHref(ref: ArticleRef): string {
  return "#" + encodeState({ ...app().view, article: ref });
}
