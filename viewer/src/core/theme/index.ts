// Light and dark themes: the palette of the canvas, kind colours, switching.
import { KIND_COLORS } from "../../../../src/schema";
import { app, updateApp, updateView } from "../store";
import type { ThemeName } from "../url/types";
import type { Palette } from "./types";

const PALETTES: Record<ThemeName, Palette> = {
  light: {
    bg: "#ffffff",
    fg: "#1b2129",
    muted: "#5b6472",
    edge: "#b9c0cb",
    edgeFocus: "#39414d",
    greyNode: "#e2e5ea",
    greyEdge: "#eef0f3",
    panel: "#ffffff",
    accent: "#0b5cad",
  },
  dark: {
    bg: "#14171c",
    fg: "#e8ebf0",
    muted: "#a3acb9",
    edge: "#4b5363",
    edgeFocus: "#d5dae2",
    greyNode: "#2b3038",
    greyEdge: "#20242a",
    panel: "#1e2229",
    accent: "#7cb8ff",
  },
};

export function palette(): Palette {
  return PALETTES[app().theme];
}

export function kindColor(kind: string): string {
  const c = (KIND_COLORS as Record<string, string>)[kind] ?? "#8c8c8c";
  // Okabe–Ito black swaps to white on a dark background
  if (app().theme === "dark" && c === "#000000") return "#f2f2f2";
  return c;
}

/** The theme the page opens with: the URL's, else the system's. */
export function initialTheme(): ThemeName {
  return app().view.theme ?? (window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light");
}

/** Switch the theme of the page and the canvas; `remember` keeps it in the URL. */
export function setTheme(t: ThemeName, remember: boolean): boolean {
  updateApp({ theme: t });
  document.documentElement.dataset.theme = t;
  if (remember) updateView({ theme: t });
  const btn = document.getElementById("theme-toggle");
  if (btn) btn.setAttribute("aria-pressed", String(t === "dark"));
  const r = app().renderer;
  if (!r) return false;
  const p = palette();
  r.setSetting("labelColor", { color: p.fg });
  r.setSetting("edgeLabelColor", { color: p.muted });
  return true;
}

export function otherTheme(): ThemeName {
  return app().theme === "dark" ? "light" : "dark";
}
