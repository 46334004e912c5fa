import { describe, expect, test } from "vitest";
import { accessibilityFeatures } from "../descriptors/accessibilityFeatures.js";
import { educationDimensions } from "../descriptors/educationDimensions.js";
import { REGISTRY_KIND_CODES, registryKinds } from "../descriptors/registryKinds.js";
import { staffKinds } from "../descriptors/staffKinds.js";
import { venueAdmissionStatuses } from "../descriptors/venueAdmissionStatuses.js";
import { venueThemes } from "../descriptors/venueThemes.js";
import type { CodeLabels } from "./codecs/enumCodec.js";
import * as labels from "./columns/codeListLabels.js";
import { headerKey } from "./import/headerKey.js";
import { registryDefinitions } from "./registryDefinitions.js";

const LABEL_TABLES: Readonly<Record<string, Readonly<Record<string, CodeLabels>>>> = {
  venueThemes,
  accessibilityFeatures,
  educationDimensions,
  staffKinds,
  venueAdmissionStatuses,
  recordStatus: labels.recordStatusLabels,
  coordinateSystem: labels.coordinateSystemLabels,
  feePolicy: labels.feePolicyLabels,
  visitMode: labels.visitModeLabels,
  operatorKind: labels.operatorKindLabels,
  providerKind: labels.providerKindLabels,
  projectStage: labels.projectStageLabels,
  responsibilityRole: labels.responsibilityRoleLabels,
  responsibilityProgress: labels.responsibilityProgressLabels,
};

describe("registryDefinitions (the five lists as data)", () => {
  test.each(REGISTRY_KIND_CODES)("%s: the entity kind agrees with the registry-kind code list", (kind) => {
    expect(registryDefinitions[kind].entityKind).toBe(registryKinds[kind].entityKind);
    expect(registryDefinitions[kind].kind).toBe(kind);
  });

  test.each(REGISTRY_KIND_CODES)("%s: every header (Chinese, English, key) names exactly one column", (kind) => {
    const seen = new Map<string, string>();
    for (const c of registryDefinitions[kind].columns) {
      for (const h of new Set([headerKey(c.headerZh), headerKey(c.headerEn), headerKey(c.key)])) {
        expect(seen.get(h), `"${h}" is used by ${seen.get(h)} and ${c.key}`).toBeUndefined();
        seen.set(h, c.key);
      }
      expect(c.headerZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test.each(REGISTRY_KIND_CODES)(
    "%s: every field of the record has a column (nothing is dropped on export)",
    (kind) => {
      const def = registryDefinitions[kind];
      const shape = (def.schema as unknown as { shape: Record<string, unknown> }).shape;
      const covered = new Set(def.columns.map((c) => c.key.split(".")[0]));
      expect(Object.keys(shape).filter((k) => !covered.has(k))).toEqual([]);
    },
  );
});

describe("code-list labels read back exactly", () => {
  test.each(Object.entries(LABEL_TABLES))("%s: labels are unique and never another code", (_name, table) => {
    const codes = Object.keys(table);
    const key = (s: string) => headerKey(s);
    const owner = new Map<string, string>();
    for (const code of codes) owner.set(key(code), code);
    for (const code of codes) {
      const l = table[code] as CodeLabels;
      for (const text of [l.labelZh, l.labelEn]) {
        const other = owner.get(key(text));
        expect(other === undefined || other === code, `${text} → ${other} and ${code}`).toBe(true);
        owner.set(key(text), code);
        expect(text).not.toMatch(/[;；|,，、\r\n]/); // list separators
      }
    }
  });
});
