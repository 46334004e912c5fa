import type { AdapterIssue, RowAdapter } from "./RegistryColumn.js";

/** The id field of each `ProviderRef` kind that is referenced by id. */
const ID_FIELD = {
  school: "schoolId",
  venue: "venueId",
  staff: "staffId",
  department: "departmentId",
  subdistrict: "subdistrictId",
} as const;

const ID_FIELDS = new Set<PropertyKey>(Object.values(ID_FIELD));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * Lays out a `ProviderRef` (a course's provider, a project's lead) as four columns — kind, id, name, English name —
 * under `field` (`provider.kind`, `provider.id`, `provider.nameZh`, `provider.nameEn`): a school, venue, staff member,
 * department or subdistrict is given by id; another organisation by name. A cell in the wrong column for the kind
 * (an id for an organisation, a name for a venue) is reported at that column.
 *
 * @example
 * ```ts
 * import { providerRefAdapter } from "@jiaolianti/core";
 * const provider = providerRefAdapter("provider");
 * provider.fromColumns({ provider: { kind: "venue", id: "xh-venue-001" } }).row;
 * // { provider: { kind: "venue", venueId: "xh-venue-001" } }
 * provider.columnKeyOf(["provider", "venueId"]); // "provider.id"
 * ```
 */
export const providerRefAdapter = (field: string): RowAdapter => ({
  fromColumns: (row) => {
    const flat = row[field];
    if (!isRecord(flat)) return { row: { ...row }, issues: [] };
    const { kind, id, nameZh, nameEn } = flat;
    const issues: AdapterIssue[] = [];
    if (kind === undefined) {
      issues.push({
        key: `${field}.kind`,
        message: "the kind is required when an id or a name is given",
        messageZh: "填写了编号或名称时,类型为必填",
      });
      return { row: { ...row }, issues };
    }
    if (kind === "organisation") {
      if (id !== undefined) {
        issues.push({
          key: `${field}.id`,
          message: "an organisation is given by name, not by id: leave the id empty",
          messageZh: "“其他机构”只填名称,编号请留空",
        });
      }
      const ref: Record<string, unknown> = { kind };
      if (nameZh !== undefined) ref.nameZh = nameZh;
      if (nameEn !== undefined) ref.nameEn = nameEn;
      return { row: { ...row, [field]: ref }, issues };
    }
    for (const [key, value] of [
      ["nameZh", nameZh],
      ["nameEn", nameEn],
    ] as const) {
      if (value !== undefined) {
        issues.push({
          key: `${field}.${key}`,
          message: `a ${String(kind)} is given by id: leave the name empty`,
          messageZh: "该类型只填编号,名称请留空",
        });
      }
    }
    const idField = ID_FIELD[kind as keyof typeof ID_FIELD];
    const ref: Record<string, unknown> = { kind };
    if (idField !== undefined && id !== undefined) ref[idField] = id;
    return { row: { ...row, [field]: ref }, issues };
  },
  toColumns: (record) => {
    const ref = record[field];
    if (!isRecord(ref)) return { ...record };
    const idField = ID_FIELD[ref.kind as keyof typeof ID_FIELD];
    const flat: Record<string, unknown> = { kind: ref.kind };
    if (idField !== undefined) flat.id = ref[idField];
    if (ref.nameZh !== undefined) flat.nameZh = ref.nameZh;
    if (ref.nameEn !== undefined) flat.nameEn = ref.nameEn;
    return { ...record, [field]: flat };
  },
  columnKeyOf: (path) => {
    if (path[0] !== field) return undefined;
    const sub = path[1];
    if (sub === undefined) return `${field}.kind`;
    if (ID_FIELDS.has(sub)) return `${field}.id`;
    if (sub === "nameZh" || sub === "nameEn") return `${field}.${sub}`;
    return `${field}.kind`;
  },
});
