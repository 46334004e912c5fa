import { describe, expect, test } from "vitest";
import { entityExamples } from "./entityExamples.js";
import type { EntityKind } from "./entitySchemas.js";
import { parseEntity } from "./parseEntity.js";

type Path = ReadonlyArray<string | number>;

/** The example of `kind` with top-level fields replaced. */
const example = (kind: EntityKind, patch: Record<string, unknown>): unknown => ({
  ...structuredClone(entityExamples[kind]),
  ...patch,
});

const venue = entityExamples.Venue;
const tierCase = entityExamples.TieredResponseCase;

// [kind, rule, input, expected issue path (null = valid), reason]
// biome-ignore format: one row per line keeps the table readable
const rows: ReadonlyArray<readonly [EntityKind, string, unknown, Path | null, RegExp | null]> = [
  ["School", "enrolment only for grades offered", example("School", { enrolment: [{ grade: 9, students: 10 }] }), ["enrolment", 0, "grade"], /not in gradesOffered/],
  ["School", "empty enrolment is fine", example("School", { enrolment: [] }), null, null],
  ["School", "at least one grade offered", example("School", { gradesOffered: [] }), ["gradesOffered"], />=1/],
  ["Venue", "a session may not exceed the venue", example("Venue", { capacity: 50 }), ["sessions", 0, "capacity"], /exceeds the venue's capacity 50/],
  ["Venue", "admission history in date order", example("Venue", { admissionHistory: [...venue.admissionHistory].reverse(), admissionStatus: "applied" }), ["admissionHistory", 1, "date"], /date order/],
  ["Venue", "current status is the last in history", example("Venue", { admissionStatus: "suspended" }), ["admissionStatus"], /"admitted"/],
  ["Venue", "history is never empty", example("Venue", { admissionHistory: [] }), ["admissionHistory"], />=1/],
  ["Venue", "session ids are unique", example("Venue", { sessions: [venue.sessions[0], venue.sessions[0]] }), ["sessions", 1], /duplicate/],
  ["Venue", "a session is dated or weekly", example("Venue", { sessions: [{ ...venue.sessions[0], kind: "monthly" }] }), ["sessions", 0, "kind"], /Expected 'dated' \| 'weekly'/],
  ["Venue", "a dated session has no weekly slot", example("Venue", { sessions: [{ ...venue.sessions[1], slot: { dayOfWeek: 1, start: "09:00", end: "10:00" } }] }), ["sessions", 0], /Unrecognized key: "slot"/],
  ["Venue", "at least one theme", example("Venue", { themes: [] }), ["themes"], />=1/],
  ["AssessmentResult", "an unusable result has no band", example("AssessmentResult", { usable: false }), ["band"], /unusable/],
  ["AssessmentResult", "an unusable result without band is fine", example("AssessmentResult", { usable: false, band: undefined, scores: [{ scale: "total", value: null, prorated: false }] }), null, null],
  ["AssessmentResult", "scale codes are unique", example("AssessmentResult", { scores: [{ scale: "total", value: 1, prorated: false }, { scale: "total", value: 2, prorated: false }] }), ["scores", 1], /duplicate/],
  ["Assessment", "item ids are unique", example("Assessment", { answers: [{ itemId: "gad-1", value: 1 }, { itemId: "gad-1", value: 2 }] }), ["answers", 1], /duplicate/],
  ["TieredResponseCase", "tier equals the last change", example("TieredResponseCase", { tier: "green" }), ["tier"], /"yellow"/],
  ["TieredResponseCase", "history not before the case opened", example("TieredResponseCase", { openedDate: "2025-10-11" }), ["tierHistory", 0, "date"], /openedDate/],
  ["TieredResponseCase", "history in date order", example("TieredResponseCase", { tier: "orange", tierHistory: [{ ...tierCase.tierHistory[0], date: "2025-10-20" }, { ...tierCase.tierHistory[0], date: "2025-10-15", tier: "orange" }] }), ["tierHistory", 1, "date"], /date order/],
  ["TieredResponseCase", "a history is required", example("TieredResponseCase", { tierHistory: [] }), ["tierHistory"], />=1/],
  ["TieredResponseCase", "the public cannot champion a case", example("TieredResponseCase", { championRole: "public" }), ["championRole"], /Invalid option/],
  ["TieredResponseCase", "a parent cannot champion a case", example("TieredResponseCase", { championRole: "parent" }), ["championRole"], /Invalid option/],
  ["Referral", "a consent basis needs the consent id", example("Referral", { consentId: undefined }), ["consentId"], /guardian-consent/],
  ["Referral", "student consent needs it too", example("Referral", { legalBasis: "student-consent", consentId: undefined }), ["consentId"], /student-consent/],
  ["Referral", "vital interest may act before consent", example("Referral", { legalBasis: "vital-interest", consentId: undefined }), null, null],
  ["SurveyResponse", "an anonymous response carries no id", example("SurveyResponse", { respondent: { kind: "anonymous", contactId: "con-91c0aa" } }), ["respondent"], /Unrecognized key: "contactId"/],
  ["SurveyResponse", "a named response carries exactly its id", example("SurveyResponse", { respondent: { kind: "contact", contactId: "con-91c0aa" } }), null, null],
  ["SurveyResponse", "question ids are unique", example("SurveyResponse", { answers: [{ questionId: "q1", value: 1 }, { questionId: "q1", value: 2 }] }), ["answers", 1], /duplicate/],
  ["Demand", "at least one time window", example("Demand", { timeWindows: [] }), ["timeWindows"], />=1/],
  ["Demand", "a window lasts at most a year", example("Demand", { timeWindows: [{ start: "2025-01-01T00:00:00Z", end: "2026-06-01T00:00:00Z" }] }), ["timeWindows", 0, "end"], /366 days/],
  ["Demand", "travel of at most 180 minutes", example("Demand", { maxTravelMinutes: 181 }), ["maxTravelMinutes"], /<=180/],
  ["Course", "a provider names exactly one kind of id", example("Course", { provider: { kind: "venue", schoolId: "xh-school-001" } }), ["provider", "venueId"], /expected string/],
  ["Staff", "at least one kind", example("Staff", { kinds: [] }), ["kinds"], />=1/],
  ["Subdistrict", "NBS code of 9 or 12 digits", example("Subdistrict", { nbsCode: "3101040" }), ["nbsCode"], /9 or 12 digits/],
  ["Department", "a code from the plan's department list", example("Department", { code: "ministry-of-magic" }), ["code"], /Invalid option/],
  ["Survey", "at least one audience role", example("Survey", { audience: [] }), ["audience"], />=1/],
];

describe("cross-field rules", () => {
  test.each(rows)("%s: %s", (kind, _rule, input, path, reason) => {
    const r = parseEntity(kind, input);
    if (path === null) {
      expect(r.ok, r.ok ? "" : r.error.message).toBe(true);
      return;
    }
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const hit = r.error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path) && reason?.test(i.message));
    expect(hit, JSON.stringify(r.error.issues.map((i) => [i.path, i.message]))).toBeDefined();
  });
});
