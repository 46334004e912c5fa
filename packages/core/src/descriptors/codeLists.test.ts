import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { sensitivityOf } from "../privacy/Sensitivity.js";
import { AccessibilityFeature, accessibilityFeatures } from "./accessibilityFeatures.js";
import { AssessmentInformant, assessmentInformants } from "./assessmentInformants.js";
import { CompetitionTier, competitionTiers } from "./competitionTiers.js";
import type { Descriptor } from "./Descriptor.js";
import { EducationDimension, educationDimensions } from "./educationDimensions.js";
import { FamilySupportFlag, familySupportFlags } from "./familySupportFlags.js";
import { GuardianRelation, guardianRelations } from "./guardianRelations.js";
import { ReferralService, referralServices } from "./referralServices.js";
import { RegistryKind, registryKinds } from "./registryKinds.js";
import { Role, roles } from "./roles.js";
import { SchoolStage, schoolStages } from "./schoolStages.js";
import { StaffKind, staffKinds } from "./staffKinds.js";
import { SupportTier, supportTiers } from "./supportTiers.js";
import { VenueTheme } from "./VenueTheme.js";
import { VenueAdmissionStatus, venueAdmissionStatuses } from "./venueAdmissionStatuses.js";
import { venueThemes } from "./venueThemes.js";

type CodeList = readonly [string, z.ZodEnum, Readonly<Record<string, Descriptor>>];

const lists: CodeList[] = [
  ["accessibilityFeatures", AccessibilityFeature, accessibilityFeatures],
  ["assessmentInformants", AssessmentInformant, assessmentInformants],
  ["competitionTiers", CompetitionTier, competitionTiers],
  ["educationDimensions", EducationDimension, educationDimensions],
  ["familySupportFlags", FamilySupportFlag, familySupportFlags],
  ["guardianRelations", GuardianRelation, guardianRelations],
  ["referralServices", ReferralService, referralServices],
  ["registryKinds", RegistryKind, registryKinds],
  ["roles", Role, roles],
  ["schoolStages", SchoolStage, schoolStages],
  ["staffKinds", StaffKind, staffKinds],
  ["supportTiers", SupportTier, supportTiers],
  ["venueAdmissionStatuses", VenueAdmissionStatus, venueAdmissionStatuses],
  ["venueThemes", VenueTheme, venueThemes],
];

describe.each(lists)("code list %s", (_name, schema, list) => {
  const entries = Object.entries(list);

  test("keys are the enum's options, each entry's codeValue is its key, codes are unique and kebab-case", () => {
    expect(Object.keys(list)).toEqual(schema.options);
    for (const [key, d] of entries) expect(d.codeValue).toBe(key);
    expect(new Set(entries.map(([, d]) => d.codeValue)).size).toBe(entries.length);
    for (const [key] of entries) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test("every entry has a zh-CN and an en label, and one namespace URI", () => {
    for (const [, d] of entries) {
      expect(d.labelZh.trim().length).toBeGreaterThan(0);
      expect(d.labelEn.trim().length).toBeGreaterThan(0);
      expect(d.labelZh).toMatch(/[\u4e00-\u9fff]/);
      expect(d.labelEn).toMatch(/^[A-Z]/);
    }
    const namespaces = new Set(entries.map(([, d]) => d.namespace));
    expect(namespaces.size).toBe(1);
    expect([...namespaces][0]).toMatch(/^uri:\/\/jiaolianti\.org\/[A-Za-z]+Descriptor$/);
  });
});

describe("wording that concerns children and families", () => {
  const stigmatizing =
    /正常|异常|问题|缺陷|残缺|不健全|不完整|贫困|差生|abnormal|normal|problem|broken|defect|deficien|poor|troubled|at-risk/i;

  test.each([
    ...Object.values(supportTiers).flatMap((d) => [d.labelZh, d.labelEn, d.descriptionZh, d.descriptionEn]),
    ...Object.values(familySupportFlags).flatMap((d) => [d.labelZh, d.labelEn, d.supportZh, d.supportEn]),
  ])("%s uses no stigmatizing words", (text) => {
    expect(text).not.toMatch(stigmatizing);
  });

  test("green is universal support, and urgency orders red > orange > yellow > green", () => {
    expect(supportTiers.green.labelZh).toContain("常规关注");
    expect(supportTiers.green.labelEn.toLowerCase()).toContain("universal support");
    const urgency = SupportTier.options.map((t) => supportTiers[t].urgency);
    expect(urgency).toEqual([3, 2, 1, 0]);
  });

  test("family-support flags are marked sensitive wherever the enum is used", () => {
    expect(sensitivityOf(FamilySupportFlag)).toBe("sensitive");
  });
});

describe("descriptor-specific data", () => {
  test.each(Object.values(schoolStages))("$codeValue has a grade range inside 1–12", (d) => {
    const [lo, hi] = d.typicalGrades;
    expect(lo).toBeGreaterThanOrEqual(1);
    expect(hi).toBeLessThanOrEqual(12);
    expect(lo).toBeLessThanOrEqual(hi);
  });

  test("only admitted and conditional venues are bookable", () => {
    const bookable = VenueAdmissionStatus.options.filter((s) => venueAdmissionStatuses[s].bookable);
    expect(bookable).toEqual(["admitted", "conditional"]);
  });

  test("each registry names a distinct entity kind", () => {
    const kinds = Object.values(registryKinds).map((d) => d.entityKind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
