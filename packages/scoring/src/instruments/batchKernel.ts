import type { ValidationIssue } from "@jiaolianti/core";
import { bandIndex } from "./bandIndex.js";
import type { CompiledInstrument } from "./compileInstrument.js";
import type { ResolvedOptions } from "./resolveScoreOptions.js";
import { scaleValue } from "./scaleValue.js";

/**
 * Packed answer codes of the columnar scorer (internal). One 32-bit add per answer accumulates both the count of
 * answered items and their sum: an answered item is `COUNT_UNIT + (value + VALUE_OFFSET)` (value after reverse
 * scoring), a missing one `0`, an out-of-range one `INVALID_UNIT`. With at most 200 items of range −100…100
 * (`MAX_INSTRUMENT_ITEMS`, `InstrumentItem`), the low 16 bits hold Σ (value + 128) ≤ 200 × 228 = 45 600, bits 16–23
 * the count ≤ 200, so a row without invalid answers stays below `INVALID_UNIT` = 2²⁴.
 */
const COUNT_UNIT = 65_536;
const VALUE_OFFSET = 128;
const INVALID_UNIT = 16_777_216;

/** How a scale is computed per student: from its items, from the row's sum of all items, or as a sum of scales. */
const ITEMS = 0;
const ALL_ITEMS = 1;
const SUM_OF_SCALES = 2;

/** Flag-condition codes per raw byte: 0 does not fire, 1 fires, 2 missing. */
const FIRES = 1;
const ABSENT = 2;

/** An instrument and resolved options, compiled into flat typed arrays for the columnar scorer (internal). */
interface BatchKernel {
  readonly c: CompiledInstrument;
  readonly nItems: number;
  readonly nScales: number;
  readonly kind: Uint8Array;
  readonly aggregate: ReadonlyArray<"sum" | "mean">;
  readonly size: Int32Array;
  readonly minAnswered: Int32Array;
  /**
   * Items read once per student, in groups: `groupItems[groupStart[g] … groupStart[g + 1]]`. The groups are disjoint
   * item scales (each then takes its group's sum, `group[k]`) and a last group of the items no such scale holds, so
   * every answer is read once and the groups' sums add up to the row's.
   */
  readonly groupStart: Int32Array;
  readonly groupItems: Int32Array;
  readonly nGroups: number;
  /**
   * The same reads, two items at a time: group `g` reads the pairs `pairStart[g] … pairStart[g + 1]` — items
   * `pairFirst[q]` and `pairSecond[q]` through pair table `pairTable[q]` — then the single items
   * `singles[singleStart[g] … singleStart[g + 1]]`.
   */
  readonly pairStart: Int32Array;
  readonly pairFirst: Int32Array;
  readonly pairSecond: Int32Array;
  readonly pairTable: Int32Array;
  readonly singleStart: Int32Array;
  readonly singles: Int32Array;
  /** A representative item pair `[a, b]` per pair table (the pair's tables depend only on their ranges and reversal). */
  readonly pairKinds: ReadonlyArray<readonly [number, number]>;
  /** The group scale `k` reads, or −1 (it sums its members itself, or is a sum of scales or of every item). */
  readonly group: Int32Array;
  /** Members of scale `k`: `members[memberStart[k] … memberStart[k + 1]]` (item or scale indices). */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  /** Band thresholds of scale `k`, `null` when it has none under the resolved norm set. */
  readonly bandFrom: ReadonlyArray<Float64Array | null>;
  /** Outcome tables of item scale `k` by answered count and sum ({@link scaleTable}), `null` when too large. */
  readonly outcome: ReadonlyArray<ScaleOutcomes | null>;
  /** 1 when scale `k` decides `usable` (the primary scale, or every scale when there is none). */
  readonly decidesUsable: Uint8Array;
  /** Conditions of rule `r`: `ruleItems[ruleStart[r] … ruleStart[r + 1]]`; its flag's bit is `ruleBit[r]`. */
  readonly ruleStart: Int32Array;
  readonly ruleItems: Int32Array;
  readonly ruleBit: Int32Array;
  /** Every rule's bit: the unresolved flags of a student who answered nothing. */
  readonly allRuleBits: number;
  /** Lookup tables by input encoding (`signed`, sentinel). */
  readonly tables: Map<string, KernelTables>;
  /** Packed sums per student (row, and per group), reused by later calls; grown when a batch is larger. */
  readonly scratch: Scratch;
}

/**
 * What pass 1 writes per student, kept with the kernel between calls and only read within one call: output columns
 * are written after every row has been validated, so a failing call leaves them untouched.
 */
interface Scratch {
  rowSums: Int32Array;
  /** Group `g`'s packed sum of student `s` at `g × stride + s`. */
  groupSums: Int32Array;
  stride: number;
  flags: Uint32Array;
  unresolved: Uint32Array;
}

/**
 * 256-entry tables: per item, byte → packed code; per flag condition, byte → 0 / FIRES / ABSENT. 65 536-entry pair
 * tables: two bytes `b₀ | b₁ << 8` → the sum of the two items' packed codes (so a pair read adds exactly what two
 * single reads add).
 */
interface KernelTables {
  readonly codes: Int32Array;
  readonly pairs: Int32Array;
  readonly conditions: Uint8Array;
}

/**
 * Every outcome of an item scale, by answered count `n` and sum `x` (after reverse scoring) at `n × width + x − lo`:
 * the value ({@link scaleValue}), the band ({@link bandIndex}, −1 when the scale has no bands), the prorated mark,
 * and the student's `usable` mask (0 when the value is missing and this scale decides usability, else 1). Computed
 * by the very functions `scoreInstrument` calls, so a lookup is bit-identical to calling them.
 */
interface ScaleOutcomes {
  readonly values: Float64Array;
  readonly bands: Int8Array;
  readonly prorated: Uint8Array;
  readonly usable: Uint8Array;
  readonly width: number;
  readonly lo: number;
  /** Whether any entry has a band, a prorated mark, a `usable` mask of 0. */
  readonly banded: boolean;
  readonly prorates: boolean;
  readonly decidesUsable: boolean;
}

/** Largest outcome table built (entries); a larger scale computes each student's value instead. */
const MAX_OUTCOMES = 1 << 16;

/** The outcome table of an item scale (internal), or `null` when it would exceed {@link MAX_OUTCOMES} entries. */
const scaleTable = (
  c: CompiledInstrument,
  members: Int32Array,
  aggregate: "sum" | "mean",
  minAnswered: number,
  from: Float64Array | null,
  decidesUsable: boolean,
): ScaleOutcomes | null => {
  let lo = 0;
  let hi = 0;
  for (const m of members) {
    const item = c.items[m] as CompiledInstrument["items"][number];
    lo += Math.min(item.min, 0);
    hi += Math.max(item.max, 0);
  }
  const size = members.length;
  const width = hi - lo + 1;
  if ((size + 1) * width > MAX_OUTCOMES) return null;
  const values = new Float64Array((size + 1) * width);
  const bands = new Int8Array(values.length);
  const prorated = new Uint8Array(values.length);
  const usable = new Uint8Array(values.length);
  for (let n = 0; n <= size; n++)
    for (let x = lo; x <= hi; x++) {
      const at = n * width + x - lo;
      const v = scaleValue(aggregate, x, n, size, minAnswered);
      values[at] = v;
      bands[at] = from === null ? -1 : bandIndex(from, v);
      prorated[at] = !Number.isNaN(v) && n < size ? 1 : 0;
      usable[at] = decidesUsable && Number.isNaN(v) ? 0 : 1;
    }
  return {
    values,
    bands,
    prorated,
    usable,
    width,
    lo,
    banded: bands.some((b) => b !== -1),
    prorates: prorated.some((p) => p !== 0),
    decidesUsable: usable.some((u) => u === 0),
  };
};

const kernels = new WeakMap<ResolvedOptions, BatchKernel>();

/** Most pair tables per kernel (256 KiB each); further pairs are read as two single items. */
const MAX_PAIR_TABLES = 4;

/**
 * Splits each group's items into pairs read through one pair table and single items (internal). Items with the same
 * response range and reversal share tables, so an instrument of one item kind needs one pair table.
 */
const pairUp = (c: CompiledInstrument, groupStart: Int32Array, groupItems: Int32Array, nGroups: number) => {
  const kindOf = (m: number) => {
    const item = c.items[m] as CompiledInstrument["items"][number];
    return `${item.min}:${item.max}:${item.reverse}`;
  };
  const tableOf = new Map<string, number>();
  const pairKinds: [number, number][] = [];
  const pairStart = new Int32Array(nGroups + 1);
  const singleStart = new Int32Array(nGroups + 1);
  const first: number[] = [];
  const second: number[] = [];
  const table: number[] = [];
  const singles: number[] = [];
  for (let g = 0; g < nGroups; g++) {
    pairStart[g] = first.length;
    singleStart[g] = singles.length;
    const end = groupStart[g + 1] as number;
    let q = groupStart[g] as number;
    for (; q + 1 < end; q += 2) {
      const a = groupItems[q] as number;
      const b = groupItems[q + 1] as number;
      const key = `${kindOf(a)}|${kindOf(b)}`;
      let t = tableOf.get(key);
      if (t === undefined && pairKinds.length < MAX_PAIR_TABLES) {
        t = pairKinds.length;
        tableOf.set(key, t);
        pairKinds.push([a, b]);
      }
      if (t === undefined) singles.push(a, b);
      else {
        first.push(a);
        second.push(b);
        table.push(t << 16);
      }
    }
    if (q < end) singles.push(groupItems[q] as number);
  }
  pairStart[nGroups] = first.length;
  singleStart[nGroups] = singles.length;
  return {
    pairStart,
    pairFirst: Int32Array.from(first),
    pairSecond: Int32Array.from(second),
    pairTable: Int32Array.from(table),
    singleStart,
    singles: Int32Array.from(singles),
    pairKinds,
  };
};

const compileKernel = (c: CompiledInstrument, o: ResolvedOptions): BatchKernel => {
  const nItems = c.items.length;
  const scales = o.scales;
  const nScales = scales.length;
  const kind = new Uint8Array(nScales);
  const size = new Int32Array(nScales);
  const minAnswered = new Int32Array(nScales);
  const memberStart = new Int32Array(nScales + 1);
  const members: number[] = [];
  const decidesUsable = new Uint8Array(nScales);
  const itemGroup = new Int32Array(nItems).fill(-1);
  let nGroups = 0;
  const group = new Int32Array(nScales).fill(-1);
  scales.forEach((scale, k) => {
    // Item ids within a scale are unique (Instrument schema), so a scale of nItems members holds every item.
    kind[k] = scale.kind === "sum-of-scales" ? SUM_OF_SCALES : scale.members.length === nItems ? ALL_ITEMS : ITEMS;
    size[k] = scale.members.length;
    minAnswered[k] = scale.minAnswered;
    memberStart[k] = members.length;
    if (kind[k] === ITEMS && scale.members.every((m) => itemGroup[m] === -1)) {
      group[k] = nGroups;
      for (const m of scale.members) itemGroup[m] = nGroups;
      nGroups++;
    } else if (kind[k] !== ALL_ITEMS) members.push(...scale.members);
    decidesUsable[k] = c.primary < 0 || k === c.primary ? 1 : 0;
  });
  memberStart[nScales] = members.length;
  for (let i = 0; i < nItems; i++) if (itemGroup[i] === -1) itemGroup[i] = nGroups;
  nGroups++;
  // Items in group order.
  const groupItems = Int32Array.from(itemGroup.keys()).sort(
    (a, b) => (itemGroup[a] as number) - (itemGroup[b] as number) || a - b,
  );
  const groupStart = new Int32Array(nGroups + 1);
  for (const g of itemGroup) groupStart[g + 1] = (groupStart[g + 1] as number) + 1;
  for (let g = 0; g < nGroups; g++) groupStart[g + 1] = (groupStart[g + 1] as number) + (groupStart[g] as number);
  const reads = pairUp(c, groupStart, groupItems, nGroups);
  const ruleStart = new Int32Array(c.rules.length + 1);
  const ruleItems: number[] = [];
  const ruleBit = new Int32Array(c.rules.length);
  let allRuleBits = 0;
  c.rules.forEach((rule, r) => {
    ruleStart[r] = ruleItems.length;
    ruleItems.push(...rule.items);
    ruleBit[r] = 1 << rule.flagBit;
    allRuleBits |= 1 << rule.flagBit;
  });
  ruleStart[c.rules.length] = ruleItems.length;
  const bandFrom = scales.map((s) => {
    const banding = o.banding[s.index];
    return banding?.kind === "bands" ? banding.from : null;
  });
  return {
    c,
    nItems,
    nScales,
    kind,
    aggregate: scales.map((s) => s.aggregate),
    size,
    minAnswered,
    memberStart,
    groupStart,
    groupItems,
    nGroups,
    ...reads,
    group,
    members: Int32Array.from(members),
    bandFrom,
    outcome: scales.map((scale, k) =>
      scale.kind === "sum-of-scales"
        ? null
        : scaleTable(
            c,
            scale.members,
            scale.aggregate,
            scale.minAnswered,
            bandFrom[k] ?? null,
            c.primary < 0 || k === c.primary,
          ),
    ),
    decidesUsable,
    ruleStart,
    ruleItems: Int32Array.from(ruleItems),
    ruleBit,
    allRuleBits,
    tables: new Map(),
    scratch: {
      rowSums: new Int32Array(0),
      groupSums: new Int32Array(0),
      stride: 0,
      flags: new Uint32Array(0),
      unresolved: new Uint32Array(0),
    },
  };
};

const tablesOf = (k: BatchKernel, signed: boolean, sentinel: number): KernelTables => {
  const key = `${signed}:${sentinel}`;
  const hit = k.tables.get(key);
  if (hit) return hit;
  const decode = (b: number) => (signed && b > 127 ? b - 256 : b);
  const codes = new Int32Array(k.nItems * 256);
  k.c.items.forEach((item, i) => {
    for (let b = 0; b < 256; b++) {
      const x = decode(b);
      const scored = item.reverse ? item.min + item.max - x : x;
      codes[i * 256 + b] =
        x === sentinel ? 0 : x < item.min || x > item.max ? INVALID_UNIT : COUNT_UNIT + scored + VALUE_OFFSET;
    }
  });
  const conditions = new Uint8Array(k.ruleItems.length * 256);
  let p = 0;
  for (const rule of k.c.rules) {
    for (let j = 0; j < rule.items.length; j++, p++) {
      const atLeast = rule.atLeast[j] as number;
      for (let b = 0; b < 256; b++) {
        const x = decode(b);
        conditions[p * 256 + b] = x === sentinel ? ABSENT : x >= atLeast ? FIRES : 0;
      }
    }
  }
  const pairs = new Int32Array(k.pairKinds.length << 16);
  k.pairKinds.forEach(([a, b], t) => {
    for (let b1 = 0; b1 < 256; b1++) {
      const second = codes[(b << 8) | b1] as number;
      for (let b0 = 0, at = (t << 16) | (b1 << 8); b0 < 256; b0++, at++)
        pairs[at] = (codes[(a << 8) | b0] as number) + second;
    }
  });
  const tables = { codes, pairs, conditions };
  k.tables.set(key, tables);
  return tables;
};

/** The columns {@link runBatchKernel} writes, indexed by scale and then by student (internal). */
export interface KernelColumns {
  readonly values: ReadonlyArray<Float64Array>;
  readonly prorated: ReadonlyArray<Uint8Array>;
  readonly bands: ReadonlyArray<Int8Array>;
  readonly anyProrated: Uint8Array;
  readonly answered: Uint8Array;
  readonly usable: Uint8Array;
  readonly flags: Uint32Array;
  readonly unresolved: Uint32Array;
}

const NO_BANDS = new Float64Array(0);

/** At most this many out-of-range answers are reported. */
const MAX_ISSUES = 20;

/**
 * Pass 1, row by row (kept apart from setup so the engine optimises it as a whole function rather than on stack
 * replacement): reads every answer once, writing each group's packed sum per student into `groupSums[g]` and the
 * row's into `rowSums`, and the flags, all in scratch. Stops at the first row with an out-of-range answer and returns
 * it, or −1.
 */
const readRows = (k: BatchKernel, t: KernelTables, bytes: Uint8Array, students: number, missing: number): number => {
  const { codes, pairs } = t;
  const { nItems, nGroups, pairStart, pairFirst, pairSecond, pairTable, singleStart, singles, allRuleBits } = k;
  const { groupSums, stride, rowSums, flags, unresolved } = k.scratch;
  // A row of sentinels is compared four bytes at a time when rows start on 4-byte boundaries.
  const aligned = bytes.byteOffset % 4 === 0 && nItems % 4 === 0;
  const words = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset, (students * nItems) >>> 2) : null;
  const missingWord = Math.imul(missing, 0x01010101) >>> 0;
  for (let s = 0, base = 0; s < students; ) {
    const next = base + nItems;
    if (s + 1 < students && bytes[base] !== missing && bytes[next] !== missing) {
      // Two rows at once (both answer their first item): two independent chains of adds per group, which the
      // processor overlaps — the same reads and sums as one row at a time.
      let all0 = 0;
      let all1 = 0;
      for (let g = 0, q = 0, r = 0; g < nGroups; g++) {
        let x0 = 0;
        let x1 = 0;
        for (const end = pairStart[g + 1] as number; q < end; q++) {
          const table = pairTable[q] as number;
          const first = pairFirst[q] as number;
          const second = pairSecond[q] as number;
          x0 += pairs[table | (bytes[base + first] as number) | ((bytes[base + second] as number) << 8)] as number;
          x1 += pairs[table | (bytes[next + first] as number) | ((bytes[next + second] as number) << 8)] as number;
        }
        for (const end = singleStart[g + 1] as number; r < end; r++) {
          const m = singles[r] as number;
          x0 += codes[(m << 8) | (bytes[base + m] as number)] as number;
          x1 += codes[(m << 8) | (bytes[next + m] as number)] as number;
        }
        const at = g * stride + s;
        groupSums[at] = x0;
        groupSums[at + 1] = x1;
        all0 += x0;
        all1 += x1;
      }
      if (all0 >= INVALID_UNIT) return s;
      if (all1 >= INVALID_UNIT) return s + 1;
      rowSums[s] = all0;
      rowSums[s + 1] = all1;
      rowFlags(k, t, bytes, base, s, all0);
      rowFlags(k, t, bytes, next, s + 1, all1);
      s += 2;
      base = next + nItems;
      continue;
    }
    if (bytes[base] === missing) {
      // Instruments are often not administered to a whole grade: a row of sentinels is found by comparing bytes,
      // without table reads. It answers nothing, so every sum is 0, no rule fires and every rule is unresolved.
      let blank: boolean;
      if (words !== null) {
        let q = base >>> 2;
        const end = (base + nItems) >>> 2;
        while (q < end && words[q] === missingWord) q++;
        blank = q === end;
      } else {
        let q = 1;
        while (q < nItems && bytes[base + q] === missing) q++;
        blank = q === nItems;
      }
      if (blank) {
        for (let g = 0, at = s; g < nGroups; g++, at += stride) groupSums[at] = 0;
        rowSums[s] = 0;
        flags[s] = 0;
        unresolved[s] = allRuleBits;
        s++;
        base = next;
        continue;
      }
    }
    let all = 0;
    for (let g = 0, q = 0, r = 0; g < nGroups; g++) {
      let x = 0;
      for (const end = pairStart[g + 1] as number; q < end; q++)
        x += pairs[
          (pairTable[q] as number) |
            (bytes[base + (pairFirst[q] as number)] as number) |
            ((bytes[base + (pairSecond[q] as number)] as number) << 8)
        ] as number;
      for (const end = singleStart[g + 1] as number; r < end; r++) {
        const m = singles[r] as number;
        x += codes[(m << 8) | (bytes[base + m] as number)] as number;
      }
      groupSums[g * stride + s] = x;
      all += x;
    }
    if (all >= INVALID_UNIT) return s;
    rowSums[s] = all;
    rowFlags(k, t, bytes, base, s, all);
    s++;
    base = next;
  }
  return -1;
};

/**
 * The flags of row `s` (internal): with no answer (`all` = 0) no rule fires and every rule is unresolved; otherwise a
 * rule fires when any of its conditions does, and is unresolved when none fires and one of its items is missing.
 */
const rowFlags = (k: BatchKernel, t: KernelTables, bytes: Uint8Array, base: number, s: number, all: number): void => {
  const { flags, unresolved } = k.scratch;
  if (all === 0) {
    flags[s] = 0;
    unresolved[s] = k.allRuleBits;
    return;
  }
  const { ruleStart, ruleItems, ruleBit } = k;
  const { conditions } = t;
  const nRules = ruleBit.length;
  let fired = 0;
  let open = 0;
  for (let r = 0; r < nRules; r++) {
    let fires = false;
    let absent = false;
    for (let q = ruleStart[r] as number, end = ruleStart[r + 1] as number; q < end; q++) {
      const x = conditions[(q << 8) | (bytes[base + (ruleItems[q] as number)] as number)];
      if (x === FIRES) fires = true;
      else if (x === ABSENT) absent = true;
    }
    if (fires) fired |= ruleBit[r] as number;
    else if (absent) open |= ruleBit[r] as number;
  }
  flags[s] = fired;
  unresolved[s] = open & ~fired;
};

/** Packed sums of an item scale that is not one of the groups: its members re-read per student. */
const memberSums = (
  codes: Int32Array,
  bytes: Uint8Array,
  nItems: number,
  students: number,
  members: Int32Array,
): Int32Array => {
  const sums = new Int32Array(students);
  const size = members.length;
  for (let s = 0, base = 0; s < students; s++, base += nItems) {
    let x = 0;
    for (let j = 0; j < size; j++) {
      const m = members[j] as number;
      x += codes[(m << 8) | (bytes[base + m] as number)] as number;
    }
    sums[s] = x;
  }
  return sums;
};

/**
 * Pass 2 for an item scale with an outcome table: per student one lookup by answered count and sum gives the value,
 * band and state; every column entry is written (so columns can be reused).
 */
const itemScaleByTable = (
  packed: Int32Array,
  students: number,
  t: ScaleOutcomes,
  values: Float64Array,
  prorated: Uint8Array,
  bands: Int8Array,
  out: KernelColumns,
): void => {
  const { anyProrated, usable } = out;
  const { values: tv, bands: tb, prorated: tp, usable: tu, width, lo } = t;
  // Index n × width + (sum − lo) from the packed code n × 2¹⁶ + sum + 128 n.
  const step = width - VALUE_OFFSET;
  for (let s = 0; s < students; s++) {
    const x = packed[s] as number;
    values[s] = tv[(x & 0xffff) + (x >>> 16) * step - lo] as number;
  }
  // The other columns only where they can vary: a scale without bands, that never prorates or that does not decide
  // usability writes a constant (or nothing) instead of a lookup per student.
  if (t.banded)
    for (let s = 0; s < students; s++) {
      const x = packed[s] as number;
      bands[s] = tb[(x & 0xffff) + (x >>> 16) * step - lo] as number;
    }
  else bands.fill(-1);
  if (t.prorates)
    for (let s = 0; s < students; s++) {
      const x = packed[s] as number;
      const p = tp[(x & 0xffff) + (x >>> 16) * step - lo] as number;
      prorated[s] = p;
      anyProrated[s] = (anyProrated[s] as number) | p;
    }
  else prorated.fill(0);
  if (t.decidesUsable)
    for (let s = 0; s < students; s++) {
      const x = packed[s] as number;
      usable[s] = (usable[s] as number) & (tu[(x & 0xffff) + (x >>> 16) * step - lo] as number);
    }
};

/**
 * Pass 2 for an item scale too large for an outcome table: per student its value (via scaleValue) from the packed
 * sum, prorated mark, band (via bandIndex), and its share of the student's `prorated` and `usable` marks.
 */
const itemScale = (
  packed: Int32Array,
  students: number,
  aggregate: "sum" | "mean",
  size: number,
  minAnswered: number,
  from: Float64Array,
  decidesUsable: boolean,
  values: Float64Array,
  prorated: Uint8Array,
  bands: Int8Array,
  out: KernelColumns,
  valueFor: typeof scaleValue,
  bandOf: typeof bandIndex,
): void => {
  const { anyProrated, usable } = out;
  const banded = from.length > 0;
  for (let s = 0; s < students; s++) {
    const x = packed[s] as number;
    const n = x >>> 16;
    const v = valueFor(aggregate, (x & 0xffff) - VALUE_OFFSET * n, n, size, minAnswered);
    values[s] = v;
    if (Number.isNaN(v)) {
      prorated[s] = 0;
      if (decidesUsable) usable[s] = 0;
      if (banded) bands[s] = -1;
    } else {
      const p = n < size ? 1 : 0;
      prorated[s] = p;
      anyProrated[s] = (anyProrated[s] as number) | p;
      if (banded) bands[s] = bandOf(from, v);
    }
  }
};

/**
 * Pass 2 for a sum of scales, student by student: `0 + part₁ + part₂ + …` in order, as scoreScale adds them (NaN
 * when any part is), prorated when any part is, its band (via bandIndex), and its share of the student's `prorated`
 * and `usable` marks.
 */
const sumOfScales = (
  parts: ReadonlyArray<Float64Array>,
  partsProrated: ReadonlyArray<Uint8Array>,
  students: number,
  values: Float64Array,
  prorated: Uint8Array,
  from: Float64Array | null,
  bands: Int8Array,
  decidesUsable: boolean,
  out: KernelColumns,
  bandOf: typeof bandIndex,
): void => {
  const { anyProrated, usable } = out;
  const m = parts.length;
  if (from === null) bands.fill(-1);
  for (let s = 0; s < students; s++) {
    let v = 0;
    let p = 0;
    for (let j = 0; j < m; j++) {
      v += (parts[j] as Float64Array)[s] as number;
      p |= (partsProrated[j] as Uint8Array)[s] as number;
    }
    values[s] = v;
    if (Number.isNaN(v)) {
      prorated[s] = 0;
      if (decidesUsable) usable[s] = 0;
      if (from !== null) bands[s] = -1;
    } else {
      prorated[s] = p;
      anyProrated[s] = (anyProrated[s] as number) | p;
      if (from !== null) bands[s] = bandOf(from, v);
    }
  }
};

/** The first 20 out-of-range answers from row `first` on, as validation issues at `[student, itemIndex]`. */
const outOfRange = (
  k: BatchKernel,
  t: KernelTables,
  bytes: Uint8Array,
  first: number,
  signed: boolean,
  sentinel: number,
): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const { nItems } = k;
  for (let cell = first * nItems; cell < bytes.length && issues.length < MAX_ISSUES; cell++) {
    const i = cell % nItems;
    const b = bytes[cell] as number;
    if (t.codes[(i << 8) | b] !== INVALID_UNIT) continue;
    const item = k.c.items[i];
    issues.push({
      path: [(cell - i) / nItems, i],
      message: `student ${(cell - i) / nItems}, ${item?.id}: ${signed && b > 127 ? b - 256 : b} is outside the response range ${item?.min}–${item?.max} (missing = ${sentinel})`,
    });
  }
  return issues;
};

/** New columns for {@link runBatchKernel}, laid out for kernel `k` (internal). */
export const newKernelColumns = (bandFrom: ReadonlyArray<Float64Array | null>, students: number): KernelColumns => ({
  values: bandFrom.map(() => new Float64Array(students)),
  prorated: bandFrom.map(() => new Uint8Array(students)),
  bands: bandFrom.map(() => new Int8Array(students)),
  anyProrated: new Uint8Array(students),
  answered: new Uint8Array(students),
  usable: new Uint8Array(students),
  flags: new Uint32Array(students),
  unresolved: new Uint32Array(students),
});

/**
 * Scores `students` rows of `bytes` (row-major, `nItems` per row) without an object per student (internal). Pass 1
 * reads each answer once, row by row, through a 256-entry table per item that yields a packed code: one add
 * accumulates the answered count and the sum after reverse scoring, and an out-of-range answer overflows the row's
 * sum, which validates the row. It keeps per student, in scratch, the packed sum of the row and of each disjoint item
 * scale, and evaluates the flag rules on the raw bytes (a student with no answer: no rule fires, every rule is
 * unresolved). Only then, pass 2 writes the output columns (`into`, when given, has them overwritten entirely — a
 * failing call writes nothing), scale by scale over all students: a scale of every item takes the row's sum, a
 * disjoint scale its own, an overlapping one re-reads its members; each value, band and prorated mark comes from the
 * scale's outcome table, built by {@link scaleValue} and {@link bandIndex} — the functions `scoreInstrument` uses —
 * or from those functions directly for a scale too large for a table; sums of scales add their parts in order.
 * Returns the out-of-range answers (first 20) instead when there are any.
 */
export const runBatchKernel = (
  c: CompiledInstrument,
  o: ResolvedOptions,
  bytes: Uint8Array,
  students: number,
  signed: boolean,
  sentinel: number,
  into?: KernelColumns,
):
  | { readonly ok: true; readonly value: KernelColumns }
  | { readonly ok: false; readonly issues: ValidationIssue[] } => {
  let k = kernels.get(o);
  if (!k || k.c !== c) {
    k = compileKernel(c, o);
    kernels.set(o, k);
  }
  const tables = tablesOf(k, signed, sentinel);
  const nScales = k.nScales;
  if (k.scratch.rowSums.length < students) {
    k.scratch.rowSums = new Int32Array(students);
    k.scratch.groupSums = new Int32Array(k.nGroups * students);
    k.scratch.stride = students;
    k.scratch.flags = new Uint32Array(students);
    k.scratch.unresolved = new Uint32Array(students);
  }
  const bad = readRows(k, tables, bytes, students, sentinel & 0xff);
  if (bad >= 0) return { ok: false, issues: outOfRange(k, tables, bytes, bad, signed, sentinel) };

  const { rowSums, groupSums } = k.scratch;
  const out = into ?? newKernelColumns(k.bandFrom, students);
  out.flags.set(k.scratch.flags.subarray(0, students));
  out.unresolved.set(k.scratch.unresolved.subarray(0, students));
  const { answered } = out;
  for (let s = 0; s < students; s++) answered[s] = (rowSums[s] as number) >>> 16;
  out.anyProrated.fill(0);
  out.usable.fill(1);
  // scaleValue and bandIndex passed as values: module runners (vitest) compile imported bindings into getter
  // accesses, which would otherwise run in every iteration of the loops.
  const valueFor = scaleValue;
  const bandOf = bandIndex;
  for (let j = 0; j < nScales; j++) {
    const values = out.values[j] as Float64Array;
    const prorated = out.prorated[j] as Uint8Array;
    const bands = out.bands[j] as Int8Array;
    const from = k.bandFrom[j] ?? null;
    const decidesUsable = k.decidesUsable[j] === 1;
    const kind = k.kind[j];
    const members = k.members.subarray(k.memberStart[j], k.memberStart[j + 1]);
    if (kind === SUM_OF_SCALES) {
      const parts = [...members].map((m) => out.values[m] as Float64Array);
      const partsProrated = [...members].map((m) => out.prorated[m] as Uint8Array);
      sumOfScales(parts, partsProrated, students, values, prorated, from, bands, decidesUsable, out, bandOf);
      continue;
    }
    const g = k.group[j] as number;
    const packed =
      kind === ALL_ITEMS
        ? rowSums
        : g >= 0
          ? groupSums.subarray(g * k.scratch.stride, g * k.scratch.stride + students)
          : memberSums(tables.codes, bytes, k.nItems, students, members);
    const table = k.outcome[j] ?? null;
    if (from === null && table === null) bands.fill(-1);
    if (table !== null) itemScaleByTable(packed, students, table, values, prorated, bands, out);
    else
      itemScale(
        packed,
        students,
        k.aggregate[j] as "sum" | "mean",
        k.size[j] as number,
        k.minAnswered[j] as number,
        from ?? NO_BANDS,
        decidesUsable,
        values,
        prorated,
        bands,
        out,
        valueFor,
        bandOf,
      );
  }
  return { ok: true, value: out };
};
