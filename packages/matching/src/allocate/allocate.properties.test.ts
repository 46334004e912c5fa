import fc from "fast-check";
import highsLoader from "highs";
import { beforeAll, describe, expect, test } from "vitest";
import { travelMinutes } from "../travel/travelMinutes.js";
import { AllocateOptions } from "./AllocateOptions.js";
import { AllocationDemand, AllocationOffer } from "./AllocationInput.js";
import type { AllocationResult } from "./AllocationResult.js";
import { allocate } from "./allocate.js";
import { buildAllocationProblem } from "./buildAllocationProblem.js";
import { lagrangianBound } from "./lagrangianBound.js";
import { WholeClassSearch } from "./solveWholeClass.js";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;
beforeAll(async () => {
  highs = await highsLoader();
});
const SLOW = 180_000;

const THEMES = ["science-technology", "red-culture", "arts-culture"] as const;
const DAYS = ["2026-10-14", "2026-10-15"];
const window = (d: number, from: string, to: string) => ({
  start: `${DAYS[d]}T${from}:00+08:00`,
  end: `${DAYS[d]}T${to}:00+08:00`,
});

/** Small random instances: sizes 1–12, capacities 0–25, 3 themes, grades 1–4, 2 days, a ≈ 2 km square. */
const instance = (maxDemands: number, maxOffers: number, minDemands = 1) =>
  fc.record({
    demands: fc.array(
      fc.record({
        school: fc.integer({ min: 0, max: 2 }),
        grades: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }),
        groupSize: fc.integer({ min: 1, max: 12 }),
        themes: fc.uniqueArray(fc.constantFrom(...THEMES), { minLength: 1, maxLength: 2 }),
        days: fc.uniqueArray(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 2 }),
        maxTravelMinutes: fc.integer({ min: 5, max: 40 }),
        step: fc.boolean(),
        lat: fc.double({ min: 31.18, max: 31.2, noNaN: true }),
        lng: fc.double({ min: 121.43, max: 121.45, noNaN: true }),
      }),
      { minLength: minDemands, maxLength: maxDemands },
    ),
    offers: fc.array(
      fc.record({
        capacity: fc.integer({ min: 0, max: 25 }),
        grades: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 3 }),
        themes: fc.uniqueArray(fc.constantFrom(...THEMES), { minLength: 1, maxLength: 2 }),
        day: fc.integer({ min: 0, max: 1 }),
        late: fc.boolean(),
        step: fc.boolean(),
        atSchool: fc.boolean(),
        lat: fc.double({ min: 31.18, max: 31.2, noNaN: true }),
        lng: fc.double({ min: 121.43, max: 121.45, noNaN: true }),
      }),
      { minLength: 1, maxLength: maxOffers },
    ),
  });
const toInput = (x: {
  demands: ReadonlyArray<{
    school: number;
    grades: number[];
    groupSize: number;
    themes: (typeof THEMES)[number][];
    days: number[];
    maxTravelMinutes: number;
    step: boolean;
    lat: number;
    lng: number;
  }>;
  offers: ReadonlyArray<{
    capacity: number;
    grades: number[];
    themes: (typeof THEMES)[number][];
    day: number;
    late: boolean;
    step: boolean;
    atSchool: boolean;
    lat: number;
    lng: number;
  }>;
}) => ({
  demands: x.demands.map((d, i) => ({
    id: `d${i}`,
    schoolId: `school-${d.school}`,
    grades: d.grades,
    groupSize: d.groupSize,
    themes: d.themes,
    timeWindows: d.days.map((day) => window(day, "13:00", "16:30")),
    maxTravelMinutes: d.maxTravelMinutes,
    travelMode: "walk" as const,
    accessibilityNeeds: d.step ? ["step-free-access" as const] : [],
    origin: { lat: d.lat, lng: d.lng, crs: "WGS84" as const },
  })),
  offers: x.offers.map((o, j) => ({
    id: `o${j}`,
    kind: o.atSchool ? ("expert-visit" as const) : ("venue-session" as const),
    capacity: o.capacity,
    grades: o.grades,
    themes: o.themes,
    // A late session (16:00–17:30) overlaps the 13:00–16:30 windows but does not fit inside them.
    times: [o.late ? window(o.day, "16:00", "17:30") : window(o.day, "13:30", "15:30")],
    accessibility: o.step ? ["step-free-access" as const] : [],
    ...(o.atSchool ? {} : { location: { lat: o.lat, lng: o.lng, crs: "WGS84" as const } }),
  })),
});
type Input = ReturnType<typeof toInput>;
type D = Input["demands"][number];
type O = Input["offers"][number];

// ---------- Independent oracle: the documented rules, written out again ----------
const minutesOf = (d: D, o: O) => (o.location ? travelMinutes(d.origin, o.location, { mode: "walk" }).minutes : 0);
const timeOk = (d: D, o: O) =>
  o.times.some((t) =>
    d.timeWindows.some((w) => Date.parse(t.start) >= Date.parse(w.start) && Date.parse(t.end) <= Date.parse(w.end)),
  );
const feasible = (d: D, o: O, whole: boolean) =>
  d.themes.some((t) => (o.themes as readonly string[]).includes(t)) &&
  (o.grades.length === 0 || d.grades.every((g) => o.grades.includes(g))) &&
  d.accessibilityNeeds.every((a) => (o.accessibility as readonly string[]).includes(a)) &&
  timeOk(d, o) &&
  minutesOf(d, o) <= d.maxTravelMinutes &&
  (!whole || d.groupSize <= o.capacity);
const perSeat = (d: D, o: O) => {
  const rank = d.themes.findIndex((t) => (o.themes as readonly string[]).includes(t));
  const designed = o.grades.length === 0 ? 12 : o.grades.length;
  return (
    minutesOf(d, o) / d.maxTravelMinutes + (0.5 * rank) / d.themes.length + 0.25 * (1 - d.grades.length / designed)
  );
};
/** Thirds of a school's requested seats at 10, 15, 20 per unplaced seat (the default penalty 10, fairness 0.5). */
const schoolPenalty = (requested: number, unplaced: number) => {
  const cuts = [0, Math.floor(requested / 3), Math.floor((2 * requested) / 3), requested];
  let cost = 0;
  for (let b = 0; b < 3; b++) {
    const width = (cuts[b + 1] as number) - (cuts[b] as number);
    cost += Math.max(0, Math.min(width, unplaced - (cuts[b] as number))) * 10 * (1 + 0.5 * b);
  }
  return cost;
};
const requestedBySchool = (x: Input) => {
  const r = new Map<string, number>();
  for (const d of x.demands) r.set(d.schoolId, (r.get(d.schoolId) ?? 0) + d.groupSize);
  return r;
};
/** Brute force over every whole-class allocation. */
const bruteForce = (x: Input): number => {
  const requested = requestedBySchool(x);
  const spare = x.offers.map((o) => o.capacity);
  const unplaced = new Map(requested);
  let best = Infinity;
  const visit = (i: number, placed: number) => {
    if (i === x.demands.length) {
      let c = placed;
      for (const [s, r] of requested) c += schoolPenalty(r, unplaced.get(s) ?? 0);
      best = Math.min(best, c);
      return;
    }
    const d = x.demands[i] as D;
    visit(i + 1, placed);
    x.offers.forEach((o, j) => {
      if (!feasible(d, o, true) || (spare[j] as number) < d.groupSize) return;
      spare[j] = (spare[j] as number) - d.groupSize;
      unplaced.set(d.schoolId, (unplaced.get(d.schoolId) as number) - d.groupSize);
      visit(i + 1, placed + d.groupSize * perSeat(d, o));
      unplaced.set(d.schoolId, (unplaced.get(d.schoolId) as number) + d.groupSize);
      spare[j] = (spare[j] as number) + d.groupSize;
    });
  };
  visit(0, 0);
  return best;
};
/** The divisible optimum by HiGHS (an LP: seats x_ij ≥ 0, penalty bands u_sb). */
const highsDivisible = (x: Input): number => {
  const requested = requestedBySchool(x);
  const schools = [...requested.keys()];
  const obj: string[] = ["0 zero"];
  const rows: string[] = [];
  const bounds: string[] = ["zero = 0"];
  const placedBySchool = new Map<string, string[]>(schools.map((s) => [s, []]));
  const byOffer = x.offers.map(() => [] as string[]);
  x.demands.forEach((d, i) => {
    const mine: string[] = [];
    x.offers.forEach((o, j) => {
      if (!feasible(d, o, false)) return;
      const v = `x${i}_${j}`;
      obj.push(`${perSeat(d, o).toPrecision(17)} ${v}`);
      mine.push(v);
      byOffer[j]?.push(v);
      placedBySchool.get(d.schoolId)?.push(v);
    });
    if (mine.length) rows.push(`s${i}: ${mine.join(" + ")} <= ${d.groupSize}`);
  });
  byOffer.forEach((vs, j) => {
    if (vs.length) rows.push(`c${j}: ${vs.join(" + ")} <= ${x.offers[j]?.capacity}`);
  });
  schools.forEach((s, g) => {
    const r = requested.get(s) as number;
    const cuts = [0, Math.floor(r / 3), Math.floor((2 * r) / 3), r];
    const us = [0, 1, 2].map((b) => {
      obj.push(`${10 * (1 + 0.5 * b)} u${g}_${b}`);
      bounds.push(`0 <= u${g}_${b} <= ${(cuts[b + 1] as number) - (cuts[b] as number)}`);
      return `u${g}_${b}`;
    });
    rows.push(`g${g}: ${[...(placedBySchool.get(s) ?? []), ...us].join(" + ")} = ${r}`);
  });
  const lp = `Minimize\n obj: ${obj.join(" + ")}\nSubject To\n ${rows.join("\n ")}\nBounds\n ${bounds.join("\n ")}\nEnd\n`;
  const sol = highs.solve(lp, {
    output_flag: false,
    primal_feasibility_tolerance: 1e-10,
    dual_feasibility_tolerance: 1e-10,
  } as Parameters<Highs["solve"]>[1]);
  expect(sol.Status).toBe("Optimal");
  return sol.ObjectiveValue;
};
/** Blocking pairs by the documented definition (demands prefer lower cost per seat, offers nearer demands). */
const oracleBlocking = (x: Input, r: AllocationResult): string[] => {
  const placedAt = new Map(r.placements.map((p) => [p.demandId, p.offerId]));
  const out: string[] = [];
  const key = (d: D, o: O) => [perSeat(d, o), x.offers.indexOf(o)] as const;
  const better = (a: readonly [number, number], b: readonly [number, number]) =>
    a[0] < b[0] - 1e-12 || (Math.abs(a[0] - b[0]) <= 1e-12 && a[1] < b[1]);
  x.demands.forEach((d, i) => {
    const at = placedAt.get(d.id);
    const current = at === undefined ? null : (x.offers.find((o) => o.id === at) as O);
    for (const o of x.offers) {
      if (!feasible(d, o, true) || o === current) continue;
      if (current && !better(key(d, o), key(d, current))) continue;
      const mine = [minutesOf(d, o), i] as const;
      let above = 0;
      x.demands.forEach((h, k) => {
        if (placedAt.get(h.id) !== o.id) return;
        const theirs = [minutesOf(h, o), k] as const;
        if (theirs[0] < mine[0] || (theirs[0] === mine[0] && theirs[1] < mine[1])) above += h.groupSize;
      });
      if (d.groupSize <= o.capacity - above) out.push(`${d.id}|${o.id}`);
    }
  });
  return out.sort();
};

const run = (x: Input, mode: "whole-class" | "divisible" | "stable") => {
  const r = allocate(x.demands, x.offers, { mode });
  if (!r.ok) throw r.error;
  return r.value;
};

/** Checks shared by every mode: capacity, hard constraints, seat accounting, reasons, objective. */
const checkInvariants = (x: Input, r: AllocationResult) => {
  const whole = r.mode !== "divisible";
  const used = new Map<string, number>();
  const placed = new Map<string, number>();
  for (const p of r.placements) {
    const d = x.demands.find((q) => q.id === p.demandId) as D;
    const o = x.offers.find((q) => q.id === p.offerId) as O;
    expect(feasible(d, o, whole)).toBe(true);
    expect(p.seats).toBeGreaterThan(0);
    if (whole) expect(p.seats).toBe(d.groupSize);
    expect(p.costPerSeat).toBeCloseTo(perSeat(d, o), 9);
    used.set(o.id, (used.get(o.id) ?? 0) + p.seats);
    placed.set(d.id, (placed.get(d.id) ?? 0) + p.seats);
    // Alternatives: feasible other offers, cheapest first, difference against the chosen one.
    let last = -Infinity;
    for (const a of p.alternatives) {
      const ao = x.offers.find((q) => q.id === a.offerId) as O;
      expect(feasible(d, ao, whole)).toBe(true);
      expect(a.offerId).not.toBe(p.offerId);
      expect(a.difference).toBeCloseTo(a.costPerSeat - p.costPerSeat, 12);
      expect(a.costPerSeat).toBeGreaterThanOrEqual(last);
      last = a.costPerSeat;
    }
    expect(p.alternatives.length).toBeLessThanOrEqual(3);
  }
  for (const o of x.offers) expect(used.get(o.id) ?? 0).toBeLessThanOrEqual(o.capacity);
  for (const l of r.loads) expect(l.used).toBe(used.get(l.offerId) ?? 0);
  for (const d of x.demands) {
    const left = d.groupSize - (placed.get(d.id) ?? 0);
    const u = r.unplaced.find((q) => q.demandId === d.id);
    if (left === 0) expect(u).toBeUndefined();
    else {
      expect(u?.seats).toBe(left);
      expect(u?.labelEn.length).toBeGreaterThan(0);
      expect(u?.labelZh.length).toBeGreaterThan(0);
      const options = x.offers.filter((o) => feasible(d, o, whole));
      expect(u?.feasible).toBe(options.length);
      if (options.length === 0)
        expect(["theme", "grade", "accessibility", "time", "travel", "size"]).toContain(u?.reason);
      else expect(u?.reason).toBe(r.mode === "stable" ? "outranked" : "capacity");
    }
  }
  const requested = requestedBySchool(x);
  let objective = r.placements.reduce((s, p) => s + p.cost, 0);
  for (const [s, req] of requested) {
    const got = x.demands.filter((d) => d.schoolId === s).reduce((t, d) => t + (placed.get(d.id) ?? 0), 0);
    objective += schoolPenalty(req, req - got);
  }
  expect(r.cost).toBeCloseTo(objective, 6);
};

describe("allocate — properties", () => {
  test.each(["whole-class", "divisible", "stable"] as const)(
    "%s: capacities never exceeded, every hard constraint holds, unplaced demands carry a reason",
    (mode) => {
      fc.assert(
        fc.property(instance(7, 5), (raw) => {
          const x = toInput(raw);
          checkInvariants(x, run(x, mode));
        }),
        { numRuns: 150 },
      );
    },
    SLOW,
  );

  test(
    "divisible mode equals the LP optimum computed by HiGHS",
    () => {
      fc.assert(
        fc.property(instance(7, 5), (raw) => {
          const x = toInput(raw);
          const r = run(x, "divisible");
          const opt = highsDivisible(x);
          expect(r.cost).toBeCloseTo(opt, 6);
          expect(r.gap).toBe(0);
        }),
        { numRuns: 120 },
      );
    },
    SLOW,
  );

  test(
    "whole-class on tiny instances equals brute force; the bounds never exceed it; the heuristic alone is ≥ them",
    () => {
      fc.assert(
        fc.property(instance(6, 3), (raw) => {
          const x = toInput(raw);
          const r = run(x, "whole-class");
          const best = bruteForce(x);
          expect(r.cost).toBeCloseTo(best, 6);
          expect(r.lowerBound as number).toBeLessThanOrEqual(r.cost + 1e-9);
          expect(r.bounds?.lp as number).toBeLessThanOrEqual(best + 1e-6);
          if (r.bounds?.lagrangian !== undefined) expect(r.bounds.lagrangian).toBeLessThanOrEqual(best + 1e-6);
          // The heuristic on its own (used above the exhaustive limit): never below the optimum or the bounds.
          const o = AllocateOptions.parse({});
          const ds = x.demands.map((d) => AllocationDemand.parse(d));
          const os = x.offers.map((q) => AllocationOffer.parse(q));
          const p = buildAllocationProblem(
            ds,
            os,
            o,
            (i, j) => minutesOf(x.demands[i] as D, x.offers[j] as O),
            new Map(),
          );
          const search = new WholeClassSearch(p, { penalty: 10, fairness: 0.5 });
          search.run();
          const h = search.result().cost;
          expect(h).toBeGreaterThanOrEqual(best - 1e-6);
          const lb = lagrangianBound(p, { penalty: 10, fairness: 0.5 }, { iterations: 100, upper: h });
          expect(lb).toBeLessThanOrEqual(best + 1e-6);
        }),
        { numRuns: 200 },
      );
    },
    SLOW,
  );

  test(
    "whole-class above the exhaustive limit: cost ≥ lowerBound ≥ LP bound, gap as documented",
    () => {
      let heuristic = 0;
      fc.assert(
        fc.property(instance(24, 8, 12), (raw) => {
          // Dense: one theme, any grade, both days, no accessibility needs, 40 minutes — only travel and seats bind.
          const x = toInput({
            demands: raw.demands.map((d) => ({
              ...d,
              themes: ["science-technology"],
              days: [0, 1],
              step: false,
              maxTravelMinutes: 40,
            })),
            offers: raw.offers.map((o) => ({ ...o, themes: ["science-technology"], grades: [], late: false })),
          });
          const r = run(x, "whole-class");
          checkInvariants(x, r);
          if (r.optimal === false) heuristic++;
          expect(r.lowerBound as number).toBeLessThanOrEqual(r.cost + 1e-9);
          expect(r.lowerBound as number).toBeGreaterThanOrEqual((r.bounds?.lp as number) - 1e-9);
          expect(r.gap).toBeCloseTo(r.cost === 0 ? 0 : (r.cost - (r.lowerBound as number)) / r.cost, 12);
        }),
        { numRuns: 60 },
      );
      expect(heuristic).toBeGreaterThan(10);
    },
    SLOW,
  );

  test(
    "stable mode: the reported blocking pairs are exactly the oracle's — none with sizes 1, and none in most sized runs",
    () => {
      let sized = 0;
      let stableSized = 0;
      fc.assert(
        fc.property(instance(7, 4), fc.boolean(), (raw, unit) => {
          const x = toInput(unit ? { ...raw, demands: raw.demands.map((d) => ({ ...d, groupSize: 1 })) } : raw);
          const r = run(x, "stable");
          const blocking = oracleBlocking(x, r);
          expect((r.blockingPairs ?? []).map((b) => `${b.demandId}|${b.offerId}`).sort()).toEqual(blocking);
          if (unit || x.demands.every((d) => d.groupSize === 1)) expect(blocking).toEqual([]);
          else {
            sized++;
            if (blocking.length === 0) stableSized++;
          }
        }),
        { numRuns: 200 },
      );
      expect(stableSized).toBeGreaterThanOrEqual(Math.ceil(0.9 * sized));
    },
    SLOW,
  );
});
