// The exploring logic of the viewer, without a browser: scope (isolates, minimum degree,
// top N, neighbourhood, path), paths, the date histogram, the data table and its CSV,
// communities, settings and the new URL fields.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import Graph from "graphology";
import { computeVisibility } from "../viewer/src/core/filters/utils";
import { NO_SCOPE } from "../viewer/src/core/filters/scope";
import type { Filters } from "../viewer/src/core/filters/types";
import { parseGraphJson, weightedDegrees } from "../viewer/src/core/graph/utils";
import { computeMetrics, metricsInput } from "../viewer/src/core/metrics/utils";
import { findPaths, subgraphOf } from "../viewer/src/core/paths/utils";
import { entityRows, relationRows, searchRows, sortRows, toCsv, ENTITY_COLUMNS } from "../viewer/src/core/table/utils";
import { bucketRange, dateHistogram, nextWindow } from "../viewer/src/core/time/utils";
import { decodeState, emptyState, encodeState } from "../viewer/src/core/url/utils";
import { DEFAULT_SETTINGS, resolveSettings } from "../viewer/src/settings";

const NO_FILTERS: Filters = { hiddenKinds: new Set(), hiddenRelations: new Set(), docs: new Set() };

async function sample(): Promise<Graph> {
  const g = parseGraphJson(await fs.readFile(path.join(__dirname, "fixtures", "sample-graph.json"), "utf8")).graph;
  g.addNode("lonely", { label: "Lonely", kind: "Person", aliases: [], docs: ["a1"], x: 0, y: 0 });
  return g;
}

describe("viewer: scope", () => {
  it("hides entities without a shown relation, and counts them; shows them when asked", async () => {
    const g = await sample();
    const hidden = computeVisibility(g, NO_FILTERS, { ...NO_SCOPE, showIsolates: false });
    assert.ok(!hidden.nodes.has("lonely") && hidden.nodes.has("russia"));
    assert.equal(hidden.hidden.isolates, 1);
    assert.ok(hidden.outOfScope.has("lonely"));
    const shown = computeVisibility(g, NO_FILTERS, NO_SCOPE);
    assert.ok(shown.nodes.has("lonely"));
    assert.equal(shown.nodes.size, 11);
  });

  it("a kind filter that takes an entity's only relation leaves it without relations", async () => {
    const g = await sample();
    const v = computeVisibility(g, { ...NO_FILTERS, hiddenKinds: new Set(["Person"]) }, { ...NO_SCOPE, showIsolates: false });
    assert.ok(!v.nodes.has("north-korea"), "its only relation was Kim's");
    assert.ok(v.nodes.has("kursk") && v.nodes.has("russia"));
  });

  it("a minimum degree keeps entities with that many relations; by articles it counts docs", async () => {
    const g = await sample();
    const byRelations = computeVisibility(g, NO_FILTERS, { ...NO_SCOPE, showIsolates: false, minDegree: 3 });
    assert.deepEqual([...byRelations.nodes].sort(), ["donald-trump", "kim-jong-un", "russia", "sergei-shoigu"]);
    const byArticles = computeVisibility(g, NO_FILTERS, { ...NO_SCOPE, minDegree: 2, minBy: "mentions" });
    const twoDocs = g.filterNodes((_n, a) => a.docs.length >= 2);
    assert.ok(twoDocs.length > 0 && twoDocs.length < g.order, "the fixture has both");
    assert.deepEqual([...byArticles.nodes].sort(), twoDocs.sort());
  });

  it("top N keeps the heaviest entities by the given weight", async () => {
    const g = await sample();
    const v = computeVisibility(g, NO_FILTERS, { ...NO_SCOPE, showIsolates: false, topN: 2, weight: weightedDegrees(g) });
    assert.deepEqual([...v.nodes].sort(), ["donald-trump", "russia"]);
    assert.equal(v.hidden.top, 8);
    assert.deepEqual([...v.edges].sort(), ["donald-trump->CRITICIZED->russia", "donald-trump->THREATENED->russia"]);
  });

  it("a neighbourhood limits what is shown; a path is shown whatever the rest says", async () => {
    const g = await sample();
    const v = computeVisibility(g, NO_FILTERS, {
      ...NO_SCOPE,
      within: new Set(["kursk", "russia"]),
      alwaysNodes: new Set(["pyongyang"]),
    });
    assert.deepEqual([...v.nodes].sort(), ["kursk", "pyongyang", "russia"]);
    assert.deepEqual([...v.edges], ["kursk->LOCATED_IN->russia"]);
    assert.equal(v.hidden.outside, 9);
  });
});

describe("viewer: paths", () => {
  it("finds Rosneft → Russia ← Kim Jong Un first, then the 3-hop paths, each simple", async () => {
    const g = await sample();
    const paths = findPaths(g, "rosneft", "kim-jong-un", 3);
    assert.deepEqual(paths[0].nodes, ["rosneft", "russia", "kim-jong-un"]);
    assert.deepEqual(paths[0].edges, ["rosneft->LOCATED_IN->russia", "kim-jong-un->SENT_TROOPS_TO->russia"]);
    const rest = paths.slice(1).map((p) => p.nodes.join(" "));
    assert.deepEqual(rest.sort(), ["rosneft donald-trump russia kim-jong-un", "rosneft russia sergei-shoigu kim-jong-un"]);
    for (const p of paths) assert.equal(new Set(p.nodes).size, p.nodes.length);
  });

  it("with a shorter limit or no connection there is no path", async () => {
    const g = await sample();
    assert.deepEqual(findPaths(g, "rosneft", "kim-jong-un", 1), []);
    assert.deepEqual(findPaths(g, "rosneft", "lonely", 6), []);
    assert.equal(findPaths(g, "rosneft", "kim-jong-un", 2).length, 1, "positive control");
  });

  it("within what is shown, a path only goes through the entities and relations kept, under their own keys", async () => {
    const g = await sample();
    const shown = computeVisibility(g, { ...NO_FILTERS, hiddenKinds: new Set(["Country"]) });
    assert.deepEqual(findPaths(subgraphOf(g, shown.nodes, shown.edges), "rosneft", "kim-jong-un", 3), [], "Russia is a Country");
    const all = computeVisibility(g, NO_FILTERS);
    const found = findPaths(subgraphOf(g, all.nodes, all.edges), "rosneft", "kim-jong-un", 2);
    assert.deepEqual(found, findPaths(g, "rosneft", "kim-jong-un", 2), "positive control: the same as in the whole graph");
  });
});

describe("viewer: timeline", () => {
  it("counts evidence per month over the span of the dates", async () => {
    const g = await sample();
    const buckets = dateHistogram(g);
    assert.equal(buckets[0].label, "2024-11");
    assert.equal(buckets[buckets.length - 1].label, "2025-10");
    assert.equal(buckets.length, 12);
    const count = (m: string) => buckets.find((b) => b.label === m)!.count;
    assert.deepEqual([count("2024-11"), count("2025-06"), count("2025-10"), count("2025-01")], [1, 6, 5, 0]);
  });

  it("counts per week when the dates span less than half a year, weeks from Monday", () => {
    const g = new Graph({ multi: true });
    g.addNode("a");
    g.addNode("b");
    g.addEdge("a", "b", { evidence: [{ articleDate: "2025-03-05" }, { articleDate: "2025-03-20" }] });
    const buckets = dateHistogram(g);
    assert.deepEqual(buckets.map((b) => [b.start, b.count]), [["2025-03-03", 1], ["2025-03-10", 0], ["2025-03-17", 1]]);
  });

  it("places a bare-year date at the start of its year, and a bare month at its first day", () => {
    const g = new Graph({ multi: true });
    g.addNode("a");
    g.addNode("b");
    g.addEdge("a", "b", { evidence: [{ eventDate: "2024" }, { articleDate: "2024-05" }, { articleDate: "2024-12-02" }, { articleDate: "2024-12-20" }] });
    const buckets = dateHistogram(g);
    assert.equal(buckets.length, 12, "the bare year widens the span to January");
    const count = (m: string) => buckets.find((b) => b.label === m)!.count;
    assert.deepEqual([count("2024-01"), count("2024-05"), count("2024-12"), count("2024-02")], [1, 1, 2, 0]);
  });

  it("maps a range to buckets and steps the player one bucket at a time", async () => {
    const buckets = dateHistogram(await sample());
    assert.deepEqual(bucketRange(buckets, "2025-06-01", "2025-07-31"), [7, 8]);
    assert.equal(bucketRange(buckets), null);
    assert.deepEqual(nextWindow(buckets, [7, 8]), [8, 9]);
    assert.deepEqual(nextWindow(buckets, null), [0, 0]);
    assert.equal(nextWindow(buckets, [10, 11]), null);
  });
});

describe("viewer: data table", () => {
  it("lists entities and relations with their counts and dates", async () => {
    const g = await sample();
    const russia = entityRows(g, ["russia"])[0].cells;
    assert.deepEqual(russia, { name: "Russia", kind: "Country", articles: g.getNodeAttribute("russia", "docs").length, relations: 6, degree: 5 });
    const fought = relationRows(g, ["korean-peoples-army->FOUGHT_IN->kursk"])[0].cells;
    assert.deepEqual([fought.first, fought.last, fought.evidence], ["2024-11", "2024-11", 1]);
  });

  it("sorts by a column either way and searches text cells ignoring accents", async () => {
    const g = await sample();
    const rows = entityRows(g, g.nodes());
    assert.equal(sortRows(rows, "relations", true)[0].id, "russia");
    assert.equal(sortRows(rows, "name", false)[0].cells.name, "Donald Trump");
    assert.deepEqual(searchRows(rows, "SHOÏGU").map((r) => r.id), ["sergei-shoigu"]);
    assert.equal(searchRows(rows, "").length, rows.length);
  });

  it("writes CSV with quotes where needed, and no cell a spreadsheet would run as a formula", () => {
    const csv = toCsv(ENTITY_COLUMNS, [
      { id: "x", cells: { name: 'Kim "the leader", Jr', kind: "Person", articles: 2, relations: 1, degree: 1 } },
      { id: "y", cells: { name: "=HYPERLINK(1)", kind: "Organization", articles: 1, relations: 0, degree: 0 } },
    ]);
    assert.equal(csv, 'Name,Kind,Articles,Relations,Degree\r\n"Kim ""the leader"", Jr",Person,2,1,1\r\n\'=HYPERLINK(1),Organization,1,0,0\r\n');
  });
});

describe("viewer: communities and measures", () => {
  it("Louvain is seeded: the same communities every run, biggest first", async () => {
    const g = await sample();
    const a = computeMetrics(metricsInput(g, 5000));
    const b = computeMetrics(metricsInput(g, 5000));
    assert.deepEqual(a.community, b.community);
    assert.ok(a.communityCount >= 2);
    assert.equal(a.community.lonely, undefined, "isolates are left out");
    const sizes = new Map<number, number>();
    for (const c of Object.values(a.community)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    assert.ok(sizes.get(0)! >= Math.max(...sizes.values()), "community 0 is the biggest");
    assert.ok(a.betweenness.russia > a.betweenness.pyongyang, "Russia lies between more pairs");
    assert.equal(Object.keys(computeMetrics(metricsInput(g, 3)).betweenness).length, 0, "left out above the limit");
  });
});

describe("viewer: settings and URL", () => {
  it("the exploration steps round-trip through the URL in order; a malformed list is dropped whole", () => {
    const s = { ...emptyState(), explore: [{ op: "hood1" as const, node: "kursk" }, { op: "expand" as const, node: "russia" }] };
    assert.match(encodeState(s), /ex=hood1%3Akursk%2Cexpand%3Arussia/);
    assert.deepEqual(decodeState(encodeState(s)), s);
    assert.equal(decodeState("#ex=hood1:kursk,jump:russia").explore, undefined, "unknown step");
    assert.equal(decodeState("#ex=hood1:").explore, undefined, "no entity");
    assert.deepEqual(decodeState("#ex=hood2:a:b").explore, [{ op: "hood2", node: "a:b" }], "the entity key is everything after the first colon");
  });

  it("settings have defaults and reject a bad value by name", () => {
    assert.equal(resolveSettings().defaultTop, DEFAULT_SETTINGS.defaultTop);
    assert.equal(resolveSettings({ defaultTop: 50 }).defaultTop, 50);
    assert.throws(() => resolveSettings({ tableRows: Number.NaN }), /"tableRows" must be a number/);
  });

  it("the scope, measures and path round-trip through the URL; defaults are left out", () => {
    const s = { ...emptyState(), showIsolates: true, minDegree: 3, minBy: "mentions" as const, top: 0, sizeBy: "pagerank" as const, colorBy: "community" as const };
    s.path = { from: "rosneft", to: "kim-jong-un", maxLength: 4 };
    assert.deepEqual(decodeState(encodeState(s)), s);
    s.pathWhole = true;
    assert.deepEqual(decodeState(encodeState(s)), s);
    assert.equal(encodeState(emptyState()), "");
    const bad = decodeState("#min=-2&top=x&size=nonsense&path=a&plen=99");
    assert.deepEqual([bad.minDegree, bad.top, bad.sizeBy, bad.path], [0, undefined, "evidence", undefined]);
  });
});
