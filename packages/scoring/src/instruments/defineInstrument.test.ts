import { describe, expect, test } from "vitest";
import { instrumentCatalog } from "./catalog/instrumentCatalog.js";
import { defineInstrument } from "./defineInstrument.js";
import { Instrument } from "./Instrument.js";
import { scaleRanges } from "./scaleRanges.js";
import { scoreInstrument } from "./scoreInstrument.js";

/** A small valid district instrument, as it would arrive from JSON configuration. */
const base = () => ({
  id: "district-mood",
  version: "2025.1",
  name: { en: "District mood check", zh: "区情绪筛查" },
  source: "district configuration",
  licence: "internal",
  items: [
    { id: "m-1", min: 0, max: 3 },
    { id: "m-2", min: 0, max: 3 },
    { id: "m-3", min: 0, max: 3, reverse: true },
  ],
  scales: [
    {
      kind: "items",
      id: "total",
      label: { en: "Total", zh: "总分" },
      direction: "higher-is-worse",
      items: ["m-1", "m-2", "m-3"],
      aggregate: "sum",
      missing: { kind: "prorate", minAnswered: 2 },
    },
  ],
  primaryScale: "total",
  normSets: [
    {
      id: "district-2025",
      label: { en: "District 2025", zh: "区 2025" },
      source: "district",
      tables: [
        {
          informant: "any",
          scales: [
            {
              scale: "total",
              bands: [
                { id: "low", from: 0 },
                { id: "high", from: 6 },
              ],
            },
          ],
        },
      ],
    },
  ],
  defaultNormSet: "district-2025",
  flagRules: [
    { id: "m2-high", flag: "follow-up", anyOf: [{ item: "m-2", atLeast: 3 }], reason: "item 2 at its maximum" },
  ],
});

describe("shipped instruments are valid data", () => {
  test.each(Object.entries(instrumentCatalog))("%s parses against the Instrument schema", (_id, instrument) => {
    expect(Instrument.safeParse(instrument).error?.issues).toBeUndefined();
  });

  test("the catalogue holds the seven instruments of REFERENCE §1", () => {
    expect(Object.keys(instrumentCatalog).sort()).toEqual(
      ["family-apgar", "gad-7", "mssmhs", "phq-9", "phq-a", "psdq", "sdq"].sort(),
    );
  });

  test.each<[string, string, number, number]>([
    ["phq-9", "total", 0, 27],
    ["phq-a", "total", 0, 27],
    ["gad-7", "total", 0, 21],
    ["sdq", "total", 0, 40],
    ["sdq", "emotional", 0, 10],
    ["sdq", "prosocial", 0, 10],
    ["family-apgar", "total", 0, 10],
    ["psdq", "permissive", 1, 5],
    ["mssmhs", "overall", 1, 5],
    ["mssmhs", "anxiety", 1, 5],
  ])("%s %s ranges %i–%i", (id, scale, min, max) => {
    const instrument = instrumentCatalog[id];
    expect(instrument && scaleRanges(instrument).get(scale)).toEqual({ min, max });
  });
});

describe("defineInstrument: a district adds an instrument without code", () => {
  test("a valid definition is frozen and scores, reverse item and flag included", () => {
    const defined = defineInstrument(base());
    expect(defined.ok).toBe(true);
    if (!defined.ok) return;
    expect(Object.isFrozen(defined.value.items)).toBe(true);
    // m-3 is reversed: 3 − 0 = 3 → total 2 + 3 + 3 = 8 → high; m-2 = 3 raises follow-up
    expect(scoreInstrument(defined.value, [2, 3, 0])).toMatchObject({
      ok: true,
      value: { total: 8, band: "high", flags: ["follow-up"] },
    });
    // one missing of three: prorate round(5 × 3 / 2 = 7.5) = 8
    expect(scoreInstrument(defined.value, [2, null, 0])).toMatchObject({
      ok: true,
      value: { total: 8, prorated: true },
    });
  });

  type Edit = (d: ReturnType<typeof base>) => void;
  test.each<[string, Edit, ReadonlyArray<PropertyKey>]>([
    ["duplicate item id", (d) => d.items.push({ id: "m-1", min: 0, max: 3 }), ["items", 3, "id"]],
    ["item min ≥ max", (d) => Object.assign(d.items[0] ?? {}, { min: 3 }), ["items", 0, "max"]],
    ["non-integer range", (d) => Object.assign(d.items[0] ?? {}, { max: 2.5 }), ["items", 0, "max"]],
    ["unknown scale item", (d) => d.scales[0]?.items.push("m-9"), ["scales", 0, "items", 3]],
    [
      "minAnswered above the scale size",
      (d) => Object.assign(d.scales[0] ?? {}, { missing: { kind: "prorate", minAnswered: 4 } }),
      ["scales", 0, "missing", "minAnswered"],
    ],
    [
      "prorating items of different ranges",
      (d) => d.items.push({ id: "m-4", min: 1, max: 5 }) && d.scales[0]?.items.push("m-4"),
      ["scales", 0, "items"],
    ],
    ["unknown primary scale", (d) => Object.assign(d, { primaryScale: "sum" }), ["primaryScale"]],
    ["unknown default norm set", (d) => Object.assign(d, { defaultNormSet: "x" }), ["defaultNormSet"]],
    [
      "bands not ascending",
      (d) => d.normSets[0]?.tables[0]?.scales[0]?.bands.push({ id: "mid", from: 3 }),
      ["normSets", 0, "tables", 0, "scales", 0, "bands", 2, "from"],
    ],
    [
      "first band above the minimum",
      (d) => Object.assign(d.normSets[0]?.tables[0]?.scales[0]?.bands[0] ?? {}, { from: 1 }),
      ["normSets", 0, "tables", 0, "scales", 0, "bands", 0, "from"],
    ],
    [
      "band above the maximum",
      (d) => Object.assign(d.normSets[0]?.tables[0]?.scales[0]?.bands[1] ?? {}, { from: 10 }),
      ["normSets", 0, "tables", 0, "scales", 0, "bands", 1, "from"],
    ],
    [
      "bands for an unknown scale",
      (d) => Object.assign(d.normSets[0]?.tables[0]?.scales[0] ?? {}, { scale: "x" }),
      ["normSets", 0, "tables", 0, "scales", 0, "scale"],
    ],
    [
      "flag on an unknown item",
      (d) => Object.assign(d.flagRules[0]?.anyOf[0] ?? {}, { item: "m-7" }),
      ["flagRules", 0, "anyOf", 0, "item"],
    ],
    [
      "flag threshold that always fires",
      (d) => Object.assign(d.flagRules[0]?.anyOf[0] ?? {}, { atLeast: 0 }),
      ["flagRules", 0, "anyOf", 0, "atLeast"],
    ],
    [
      "flag threshold that never fires",
      (d) => Object.assign(d.flagRules[0]?.anyOf[0] ?? {}, { atLeast: 4 }),
      ["flagRules", 0, "anyOf", 0, "atLeast"],
    ],
    [
      "a sum of scales that refers forward",
      (d) =>
        d.scales.unshift({
          kind: "sum-of-scales",
          id: "both",
          label: { en: "b", zh: "b" },
          direction: "higher-is-worse",
          scales: ["total"],
        } as never),
      ["scales", 0, "scales", 0],
    ],
    ["an id that is not kebab-case", (d) => Object.assign(d, { id: "District Mood" }), ["id"]],
    [
      "an unknown field (item text is not carried)",
      (d) => Object.assign(d.items[0] ?? {}, { text: "How often…" }),
      ["items", 0],
    ],
    [
      "an unknown informant",
      (d) => Object.assign(d.normSets[0]?.tables[0] ?? {}, { informant: "sibling" }),
      ["normSets", 0, "tables", 0, "informant"],
    ],
  ])("%s → error at its path", (_name, edit, path) => {
    const d = base();
    edit(d);
    const r = defineInstrument(d);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error._tag).toBe("ValidationError");
    expect(!r.ok && r.error.issues.map((i) => i.path)).toContainEqual(path);
  });
});
