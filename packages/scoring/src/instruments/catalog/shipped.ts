import type { z } from "zod";
import { deepFreeze } from "../deepFreeze.js";
import type { Instrument } from "../Instrument.js";

/** An instrument as written in source, before freezing (internal). */
export type InstrumentSource = z.input<typeof Instrument>;

/** Freezes a shipped instrument definition so the engine's cache of it cannot go stale (internal). */
export const shipped = (instrument: InstrumentSource): Instrument => deepFreeze(instrument);

/** Items `prefix-1` … `prefix-n`, all answered `min`–`max` (internal). */
export const numberedItems = (prefix: string, n: number, min: number, max: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i + 1}`, min, max }));

/** Ids `prefix-k` for the given item numbers (internal). */
export const itemIds = (prefix: string, numbers: ReadonlyArray<number>): string[] =>
  numbers.map((k) => `${prefix}-${k}`);
