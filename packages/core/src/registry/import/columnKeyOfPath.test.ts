import { describe, expect, test } from "vitest";
import type { RegistryKind } from "../../descriptors/registryKinds.js";
import { registryDefinitions } from "../registryDefinitions.js";
import { columnKeyOfPath } from "./columnKeyOfPath.js";

// [registry, issue path in the record, column key, path left inside the cell]
// biome-ignore format: one row per line keeps the table readable
const rows: ReadonlyArray<readonly [RegistryKind, ReadonlyArray<PropertyKey>, string, ReadonlyArray<PropertyKey>]> = [
  ["venues", ["location", "lat"], "location.lat", []],
  ["venues", ["themes", 2], "themes", [2]],
  ["venues", ["sessions", 0, "window", "end"], "sessions", [0, "window", "end"]],
  ["venues", ["access"], "access.feePolicy", []],
  ["venues", ["admissionStatus"], "admissionStatus", []],
  ["venues", [], "id", []],
  ["resources", ["provider", "venueId"], "provider.id", []],
  ["resources", ["provider", "nameZh"], "provider.nameZh", []],
  ["resources", ["provider"], "provider.kind", []],
  ["projects", ["lead", "departmentId"], "lead.id", []],
  ["projects", ["endDate"], "endDate", []],
  ["experts", ["availability", 1, "end"], "availability", [1, "end"]],
];

describe("columnKeyOfPath: a record issue lands on the column a person edits", () => {
  test.each(rows)("%s %j → %s", (kind, path, key, rest) => {
    expect(columnKeyOfPath(registryDefinitions[kind], path)).toEqual({ key, rest });
  });
});
