import type { z } from "zod";
import { SENSITIVITY_RANK, type Sensitivity, sensitivityOf } from "./Sensitivity.js";

// Internal: how the redaction walk reads sensitivity marks through zod v4 schema wrappers. Not exported from the
// package barrel.

/** Level of an unmarked leaf field. */
export const UNMARKED_LEVEL: Sensitivity = "internal";

const LEVELS: ReadonlyArray<Sensitivity> = ["public", "internal", "personal", "sensitive"];

/** The higher of two levels (`undefined` counts as absent). */
export const maxLevel = (a: Sensitivity | undefined, b: Sensitivity | undefined): Sensitivity | undefined =>
  a === undefined ? b : b === undefined ? a : SENSITIVITY_RANK[a] >= SENSITIVITY_RANK[b] ? a : b;

/** Level from its rank. */
export const levelOfRank = (rank: number): Sensitivity => LEVELS[Math.max(0, Math.min(3, rank))] as Sensitivity;

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: ReadonlyArray<z.ZodType>;
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
  readonly items?: ReadonlyArray<z.ZodType>;
  readonly rest?: z.ZodType | null;
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
}

interface Internals {
  readonly _zod: { readonly def: Def; readonly innerType?: z.ZodType };
}

/** The zod v4 definition of a schema (`schema._zod.def`). */
export const defOf = (schema: z.ZodType): Def => (schema as unknown as Internals)._zod.def;

// zod caches the schema a `z.lazy` returns (`_zod.innerType`), so a recursive schema is one object, not a new one per call.
const lazyInner = (schema: z.ZodType): z.ZodType | undefined => (schema as unknown as Internals)._zod.innerType;

// Wrappers that change presence or defaults but not the shape of the value inside them.
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

/**
 * Strips wrappers (`optional`, `nullable`, `default`, `prefault`, `readonly`, `catch`, `nonoptional`, `lazy`) and
 * returns the schema inside with the **highest** mark found on the way (a mark may sit on the wrapper or inside it).
 */
export const unwrap = (schema: z.ZodType): { readonly core: z.ZodType; readonly mark: Sensitivity | undefined } => {
  let current = schema;
  let mark = sensitivityOf(current);
  for (let depth = 0; depth < 64; depth++) {
    const def = defOf(current);
    let next: z.ZodType | undefined;
    if (WRAPPERS.has(def.type)) next = def.innerType;
    else if (def.type === "lazy") next = lazyInner(current);
    if (next === undefined) break;
    current = next;
    mark = maxLevel(mark, sensitivityOf(current));
  }
  return { core: current, mark };
};

const deepCache = new WeakMap<z.ZodType, Sensitivity | undefined>();

const collectMarks = (schema: z.ZodType, seen: Set<z.ZodType>): Sensitivity | undefined => {
  if (seen.has(schema)) return undefined;
  seen.add(schema);
  const def = defOf(schema);
  let level = sensitivityOf(schema);
  const children: Array<z.ZodType | null | undefined> = [
    def.innerType,
    def.catchall,
    def.element,
    def.left,
    def.right,
    def.rest,
    def.keyType,
    def.valueType,
    def.in,
    def.out,
    ...Object.values(def.shape ?? {}),
    ...(def.options ?? []),
    ...(def.items ?? []),
  ];
  if (def.type === "lazy") children.push(lazyInner(schema));
  for (const child of children) if (child) level = maxLevel(level, collectMarks(child, seen));
  return level;
};

/** The highest mark anywhere inside `schema` (all branches of unions, records, tuples, pipes …), or `undefined`. */
export const deepestMark = (schema: z.ZodType): Sensitivity | undefined => {
  if (deepCache.has(schema)) return deepCache.get(schema);
  const level = collectMarks(schema, new Set());
  deepCache.set(schema, level);
  return level;
};

/** What the walk does with a schema: descend into an object, map over an array of objects, or treat as one leaf. */
export type SchemaShape =
  | {
      readonly kind: "object";
      readonly shape: Readonly<Record<string, z.ZodType>>;
      readonly catchall: z.ZodType | undefined;
    }
  | { readonly kind: "array"; readonly element: z.ZodType }
  | { readonly kind: "leaf" };

/** Classifies an unwrapped schema. Arrays are descended into only when their elements are objects. */
export const shapeOf = (core: z.ZodType): SchemaShape => {
  const def = defOf(core);
  if (def.type === "object" && def.shape) {
    const catchall = def.catchall && defOf(def.catchall).type !== "never" ? def.catchall : undefined;
    return { kind: "object", shape: def.shape, catchall };
  }
  if (def.type === "array" && def.element && defOf(unwrap(def.element).core).type === "object") {
    return { kind: "array", element: def.element };
  }
  return { kind: "leaf" };
};

/**
 * The level of a leaf: the highest of the inherited floor, its own mark (unmarked = `internal`) and any mark nested
 * inside it (a union or record holding a `sensitive` field is itself `sensitive`).
 */
export const leafLevel = (floor: Sensitivity, mark: Sensitivity | undefined, core: z.ZodType): Sensitivity =>
  maxLevel(maxLevel(floor, mark ?? UNMARKED_LEVEL), deepestMark(core)) as Sensitivity;

const visibleCache = new WeakMap<z.ZodType, Map<string, boolean>>();

// Floors only rise along a path, so a schema met again on the same path (a recursive `z.lazy`) cannot show more.
const searchVisible = (schema: z.ZodType, floor: Sensitivity, ceiling: number, path: Set<z.ZodType>): boolean => {
  if (path.has(schema)) return false;
  path.add(schema);
  const { core, mark } = unwrap(schema);
  const inner = maxLevel(floor, mark) as Sensitivity;
  const shape = shapeOf(core);
  let result: boolean;
  if (shape.kind === "object") {
    result =
      Object.values(shape.shape).some((child) => searchVisible(child, inner, ceiling, path)) ||
      (shape.catchall !== undefined && searchVisible(shape.catchall, inner, ceiling, path));
  } else if (shape.kind === "array") {
    result = searchVisible(shape.element, inner, ceiling, path);
  } else {
    result = SENSITIVITY_RANK[leafLevel(floor, mark, core)] <= ceiling;
  }
  path.delete(schema);
  return result;
};

/**
 * Whether a viewer with ceiling rank `ceiling` can see at least one leaf of `schema` under `floor`. Decided from the
 * schema alone, so the same container is kept or dropped for every record (redaction stays idempotent and monotone).
 */
export const anyVisible = (schema: z.ZodType, floor: Sensitivity, ceiling: number): boolean => {
  const key = `${floor}|${ceiling}`;
  const cached = visibleCache.get(schema)?.get(key);
  if (cached !== undefined) return cached;
  const result = searchVisible(schema, floor, ceiling, new Set());
  let byKey = visibleCache.get(schema);
  if (!byKey) {
    byKey = new Map();
    visibleCache.set(schema, byKey);
  }
  byKey.set(key, result);
  return result;
};
