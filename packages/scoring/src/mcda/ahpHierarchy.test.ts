import { describe, expect, test } from "vitest";
import { ahp } from "./ahp.js";
import { ahpHierarchy } from "./ahpHierarchy.js";

describe("ahpHierarchy", () => {
  test("global weights are products of local weights down the tree (hand-computed)", () => {
    const r = ahpHierarchy({
      id: "goal",
      pairwise: [
        [1, 3],
        [1 / 3, 1],
      ],
      children: [
        {
          id: "services",
          pairwise: [
            [1, 2],
            [1 / 2, 1],
          ],
          children: [{ id: "counselling" }, { id: "venues" }],
        },
        { id: "governance" },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const byId = Object.fromEntries(r.value.leaves.map((l) => [l.id, l.weight]));
    expect(byId.counselling).toBeCloseTo(0.75 * (2 / 3), 12);
    expect(byId.venues).toBeCloseTo(0.75 * (1 / 3), 12);
    expect(byId.governance).toBeCloseTo(0.25, 12);
    expect(r.value.leaves.map((l) => l.path)).toEqual([
      ["goal", "services", "counselling"],
      ["goal", "services", "venues"],
      ["goal", "governance"],
    ]);
    expect(r.value.nodes.map((n) => [n.id, n.globalWeight])).toEqual([
      ["goal", 1],
      ["services", 0.75],
    ]);
    expect(r.value.consistent).toBe(true);
    expect(r.value.hierarchyCr).toBe(0);
  });

  test("hierarchy CR = Σ w·CI / Σ w·RI; one inconsistent node makes the hierarchy inconsistent", () => {
    const light = [
      [1, 5, 6, 7],
      [1 / 5, 1, 4, 6],
      [1 / 6, 1 / 4, 1, 4],
      [1 / 7, 1 / 6, 1 / 4, 1],
    ];
    const top = [
      [1, 5 / 3, 5 / 2],
      [3 / 5, 1, 3 / 2],
      [2 / 5, 2 / 3, 1],
    ];
    const r = ahpHierarchy({
      id: "g",
      pairwise: top,
      children: [
        { id: "a", pairwise: light, children: ["a1", "a2", "a3", "a4"].map((id) => ({ id })) },
        { id: "b" },
        { id: "c", children: [{ id: "c1" }] },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const l = ahp(light);
    const t = ahp(top);
    if (!l.ok || !t.ok) throw new Error("fixtures");
    const expected = (1 * t.value.ci + 0.5 * l.value.ci) / (1 * 0.58 + 0.5 * 0.9);
    expect(r.value.hierarchyCr).toBeCloseTo(expected, 12);
    expect(r.value.consistent).toBe(false);
    expect(r.value.leaves.reduce((s, x) => s + x.weight, 0)).toBeCloseTo(1, 12);
    expect(r.value.leaves.find((x) => x.id === "c1")?.weight).toBeCloseTo(0.2, 12);
  });

  test.each([
    [
      "bad matrix in a child, named by path and cell",
      {
        id: "g",
        pairwise: [
          [1, 2],
          [0.5, 1],
        ],
        children: [
          {
            id: "x",
            pairwise: [
              [1, 2],
              [2, 1],
            ],
            children: [{ id: "x1" }, { id: "x2" }],
          },
          { id: "y" },
        ],
      },
      "not-reciprocal",
      ["g", "x", 0, 1],
    ],
    ["size mismatch", { id: "g", pairwise: [[1]], children: [{ id: "a" }, { id: "b" }] }, "length-mismatch", ["g"]],
    ["missing matrix", { id: "g", children: [{ id: "a" }, { id: "b" }] }, "empty", ["g"]],
    [
      "duplicate id",
      {
        id: "g",
        pairwise: [
          [1, 1],
          [1, 1],
        ],
        children: [{ id: "a" }, { id: "a" }],
      },
      "invalid-option",
      ["g", "a"],
    ],
  ])("%s", (_, tree, reason, path) => {
    const r = ahpHierarchy(tree);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.reason).toBe(reason);
    expect(r.error.path).toEqual(path);
  });
});
