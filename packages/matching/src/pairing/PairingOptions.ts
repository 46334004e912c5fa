import { GeoPoint, SchoolId, SubdistrictId, uniqueList, WeeklySlot } from "@jiaolianti/core";
import { z } from "zod";
import { ModeSpeeds } from "../allocate/AllocateOptions.js";

/**
 * What a school asks for: which specialties (ranked, best first; e.g. `["football", "basketball"]` for a coach,
 * `["astronomy"]` for a science expert; empty = any), and optionally the weekly slots the person must be available in
 * (at least one must overlap their availability). One need = one person; a school may have several needs.
 *
 * @example
 * ```ts
 * import { PairingNeed } from "@jiaolianti/matching";
 * PairingNeed.parse({ schoolId: "xh-school-001", specialties: ["football"], slots: [{ dayOfWeek: 2, start: "15:30", end: "17:00" }] });
 * ```
 */
export const PairingNeed = z.strictObject({
  /** Id of the need (default: `schoolId#k`, k counting the school's needs from 0). */
  id: z.string().min(1).max(100).optional(),
  schoolId: SchoolId,
  specialties: uniqueList(z.string().min(1).max(64), 20),
  slots: z.array(WeeklySlot).max(70).optional(),
});
/** A school's need (input form). */
export type PairingNeed = z.input<typeof PairingNeed>;

/** Where a person works from (a community health centre, a sports club, a university …), for travel and subdistrict. */
export const StaffBase = z.strictObject({
  location: GeoPoint,
  subdistrictId: SubdistrictId.optional(),
});
/** A person's base (input form). */
export type StaffBase = z.input<typeof StaffBase>;

/**
 * Options shared by the pairing presets (`pairCoaches`, `pairExperts`, `pairDoctors`); each preset fills in its own
 * defaults for `capacity` and `weights`.
 */
export const PairingOptions = z.strictObject({
  /** `whole-class` (least total cost: exact here, every need is one person) or `stable`. @default "whole-class" */
  mode: z.enum(["whole-class", "stable"]).default("whole-class"),
  /** Schools one person may serve (the preset's default when absent). */
  capacity: z.number().int().min(0).max(100).optional(),
  /** Per-person capacities, staff id → schools (override `capacity`). */
  capacities: z.record(z.string(), z.number().int().min(0).max(100)).optional(),
  /** Term weights; keys are the preset's term keys (unknown keys are rejected by the preset). */
  weights: z.record(z.string(), z.number().min(0).max(100)).optional(),
  /** Each person's base, staff id → base. Without one, travel is not counted and the subdistrict is unknown. */
  bases: z.record(z.string(), StaffBase).optional(),
  /** Longest one-way trip from a person's base to a school, minutes. @default 60 */
  maxTravelMinutes: z.number().positive().max(600).default(60),
  /** How people travel to schools. @default "metro" */
  travelMode: z.enum(["walk", "bicycle", "bus", "coach", "metro"]).default("metro"),
  speeds: ModeSpeeds.default(ModeSpeeds.parse({})),
  /** Cost of a need left unmet (must exceed the sum of the weights). @default 10 */
  unplacedPenalty: z.number().positive().max(1e6).default(10),
  /** Fairness between schools with several needs (see `allocate`). @default 0.5 */
  fairness: z.number().min(0).max(100).default(0.5),
});
/** Pairing options (input form). */
export type PairingOptions = z.input<typeof PairingOptions>;
