// The viewer's tunable numbers in one place, with their typed defaults and a check
// (the way sigma keeps its settings.ts): a bad value fails at start-up, named.

export interface Settings {
  /** label font size, px */
  labelSize: number;
  edgeLabelSize: number;
  /** biggest entities that reserve room for their labels first */
  reservedLabels: number;
  /** relations drawn per group in the side panel before "Show N more" */
  panelFirstItems: number;
  /** entities proposed while typing a search */
  searchHits: number;
  /** the camera is written to the URL this long after it stops moving, ms */
  cameraUrlDelayMs: number;
  /** graphs with more relations than this draw thinner edges */
  thinEdgesAbove: number;
  mediumEdgesAbove: number;
  /** edges are not drawn while the camera moves above this many relations */
  hideEdgesOnMoveAbove: number;
  /** ForceAtlas2 uses Barnes-Hut above this many entities */
  barnesHutAbove: number;
  /** above this many entities with relations, only the top N are shown by default */
  defaultTopAbove: number;
  defaultTop: number;
  /** metrics run in a web worker above this many relations */
  metricsWorkerAbove: number;
  /** betweenness is left out above this many linked entities (it costs nodes × relations) */
  betweennessMaxNodes: number;
  /** rows drawn at once in the data table (CSV export takes them all) */
  tableRows: number;
  /** time between two steps of the date player, ms */
  playStepMs: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  labelSize: 13,
  edgeLabelSize: 11,
  reservedLabels: 40,
  panelFirstItems: 25,
  searchHits: 12,
  cameraUrlDelayMs: 300,
  thinEdgesAbove: 3000,
  mediumEdgesAbove: 500,
  hideEdgesOnMoveAbove: 5000,
  barnesHutAbove: 300,
  defaultTopAbove: 1000,
  defaultTop: 500,
  metricsWorkerAbove: 1000,
  betweennessMaxNodes: 5000,
  tableRows: 200,
  playStepMs: 900,
});

/** Throws on the first setting that is not a finite number ≥ 0. */
export function validateSettings(settings: Settings): Settings {
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new Error(`viewer settings: "${key}" must be a number ≥ 0, got ${JSON.stringify(value)}; fix it in viewer/src/settings.ts`);
    }
  }
  return settings;
}

/** Defaults with some values replaced, checked. */
export function resolveSettings(overrides: Partial<Settings> = {}): Settings {
  return validateSettings({ ...DEFAULT_SETTINGS, ...overrides });
}

export const SETTINGS: Readonly<Settings> = resolveSettings();
