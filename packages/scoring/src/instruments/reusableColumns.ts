import type { KernelColumns } from "./batchKernel.js";
import type { CompiledInstrument } from "./compileInstrument.js";
import type { ResolvedOptions } from "./resolveScoreOptions.js";
import type { InstrumentBatchScores } from "./scoreInstrumentBatch.js";

/** The columns of a previous result, checked and laid out for the kernel; or why they cannot be reused (internal). */
export type Reusable =
  | {
      readonly ok: true;
      readonly columns: KernelColumns;
      /** The all-`NaN` totals and all-`−1` bands of an instrument without a primary scale. */
      readonly totals: Float64Array;
      readonly bands: Int8Array;
    }
  | { readonly ok: false; readonly message: string };

/** The primary scale's prorated column kept per reused result (keyed by its totals column). */
const primaryProratedOf = new WeakMap<Float64Array, Uint8Array>();

type Typed = { new (n: number): ArrayLike<number> & { buffer: ArrayBufferLike }; name: string };

/**
 * Checks that `into` is a result of `scoreInstrumentBatch` for this instrument, these options and `students` students
 * — same instrument id and version, norm set, informant and scales, every column a typed array of the right type and
 * length, no two columns and not the answers on one buffer — and returns its columns for the kernel to overwrite
 * (internal).
 */
export const reusableColumns = (
  into: InstrumentBatchScores,
  c: CompiledInstrument,
  o: ResolvedOptions,
  students: number,
  answers: Int8Array | Uint8Array,
): Reusable => {
  const no = (message: string): Reusable => ({ ok: false, message });
  if (into === null || typeof into !== "object") return no("expected a previous result of scoreInstrumentBatch");
  if (into.instrumentId !== c.instrument.id || into.instrumentVersion !== c.instrument.version)
    return no(`a result of ${String(into.instrumentId)}@${String(into.instrumentVersion)}, expected ${c.ref}`);
  if (into.normSet !== o.normSet || into.informant !== o.informant)
    return no("a result scored with another norm set or informant");
  if (into.students !== students) return no(`a result for ${String(into.students)} students, expected ${students}`);
  const subscales = into.subscales;
  if (subscales === null || typeof subscales !== "object") return no("subscales missing");
  const expected = o.scales.filter((_, k) => k !== c.primary).map((s) => s.id);
  if (Object.keys(subscales).length !== expected.length || expected.some((id) => !Object.hasOwn(subscales, id)))
    return no("a result with other subscales");
  const seen = new Set<ArrayBufferLike>([answers.buffer]);
  const check = (value: unknown, type: Typed, name: string): string | null => {
    if (!(value instanceof type)) return `${name}: expected a ${type.name}`;
    if ((value as ArrayLike<number>).length !== students) return `${name}: expected ${students} entries`;
    const buffer = (value as { buffer: ArrayBufferLike }).buffer;
    if (seen.has(buffer)) return `${name}: shares its buffer with the answers or another column`;
    seen.add(buffer);
    return null;
  };
  const scaleColumns = o.scales.map((scale, k) =>
    k === c.primary
      ? { values: into.totals, bands: into.bands, prorated: undefined as unknown, name: "totals" }
      : { ...(subscales[scale.id] as object), name: `subscales.${scale.id}` },
  ) as { values: unknown; bands: unknown; prorated: unknown; name: string }[];
  const problems: (string | null)[] = [
    check(into.totals, Float64Array, "totals"),
    check(into.bands, Int8Array, "bands"),
    check(into.prorated, Uint8Array, "prorated"),
    check(into.answered, Uint8Array, "answered"),
    check(into.usable, Uint8Array, "usable"),
    check(into.flags, Uint32Array, "flags"),
    check(into.unresolvedFlags, Uint32Array, "unresolvedFlags"),
  ];
  // The primary scale's own prorated marks are not part of a result (it has one `prorated` for all scales).
  let primaryProrated = primaryProratedOf.get(into.totals);
  if (c.primary >= 0 && primaryProrated === undefined) {
    primaryProrated = new Uint8Array(students);
    primaryProratedOf.set(into.totals, primaryProrated);
  }
  for (const col of scaleColumns) {
    if (col.name === "totals") continue;
    problems.push(
      check(col.values, Float64Array, `${col.name}.values`),
      check(col.bands, Int8Array, `${col.name}.bands`),
      check(col.prorated, Uint8Array, `${col.name}.prorated`),
    );
  }
  const problem = problems.find((p) => p !== null);
  if (problem) return no(problem);
  return {
    ok: true,
    totals: into.totals,
    bands: into.bands,
    columns: {
      values: scaleColumns.map((col) => col.values as Float64Array),
      bands: scaleColumns.map((col) => col.bands as Int8Array),
      prorated: scaleColumns.map((col) => (col.name === "totals" ? primaryProrated : col.prorated) as Uint8Array),
      anyProrated: into.prorated,
      answered: into.answered,
      usable: into.usable,
      flags: into.flags,
      unresolved: into.unresolvedFlags,
    },
  };
};
