// Layout: a rebuild keeps what the previous layout placed, and places a few new
// entities among their neighbours only.
import { strict as assert } from "node:assert";
import Graph from "graphology";
import type { NewsGraph } from "../src/graph";
import { layoutGraph, type Position } from "../src/layout";

/** A chain of n connected entities (a, b, c, …), each with one relation to the next. */
function chain(n: number): NewsGraph {
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: false }) as unknown as NewsGraph;
  for (let i = 0; i < n; i++) g.addNode(`e${i}`, { label: `E${i}`, kind: "Person", aliases: [], docs: ["d"] });
  for (let i = 0; i + 1 < n; i++) g.addEdge(`e${i}`, `e${i + 1}`, { relation: "MET_WITH", label: "met with", evidence: [] });
  return g;
}
const positionsOf = (g: NewsGraph) => new Map(g.mapNodes((k, a): [string, Position] => [k, { x: a.x!, y: a.y! }]));

describe("layout", () => {
  it("a rebuild with one new entity keeps every placed one and puts the new one near its neighbour", () => {
    const before = chain(200);
    layoutGraph(before);
    const previous = positionsOf(before);
    const after = chain(201); // e200 is new, tied to e199
    const report = layoutGraph(after, { previous });
    assert.equal(report.kept, 200);
    for (const [k, p] of previous) assert.deepEqual(positionsOf(after).get(k), p, k);
    const fresh = positionsOf(after).get("e200")!;
    const anchor = previous.get("e199")!;
    const spread = Math.max(...[...previous.values()].map((p) => Math.hypot(p.x - anchor.x, p.y - anchor.y)));
    assert.ok(Number.isFinite(fresh.x) && Number.isFinite(fresh.y));
    assert.ok(Math.hypot(fresh.x - anchor.x, fresh.y - anchor.y) < spread / 2, "placed near its neighbour, not anywhere");
  });
  it("the same previous layout gives the same positions", () => {
    const before = chain(200);
    layoutGraph(before);
    const previous = positionsOf(before);
    const [a, b] = [chain(201), chain(201)];
    layoutGraph(a, { previous });
    layoutGraph(b, { previous });
    assert.deepEqual(positionsOf(a), positionsOf(b));
  });
});
