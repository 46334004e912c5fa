import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";
import { IsoDate, IsoDateTime } from "../model/common/dates.js";
import { endNotBefore } from "../model/common/endNotBefore.js";
import { entityId } from "../model/common/entityId.js";

/**
 * The academic session the roster is for (OneRoster `academicSessions`): every exported class runs in it, and an
 * enrolment is exported when its period overlaps it. `schoolYear` is the year the school year ends (OneRoster: "the
 * school year for the academic session", YYYY), e.g. 2027 for 2026–2027.
 *
 * Source: 1EdTech OneRoster® CSV Tables 1.1.1 §3 `academicSessions.csv` (title, type, startDate, endDate, schoolYear
 * required; type one of `gradingPeriod`, `semester`, `schoolYear`, `term`).
 *
 * @example
 * ```ts
 * import { OneRosterSession } from "@jiaolianti/core";
 * OneRosterSession.parse({
 *   sourcedId: "2026-autumn", title: "2026学年第一学期", type: "semester",
 *   startDate: "2026-09-01", endDate: "2027-01-22", schoolYear: 2027,
 * });
 * ```
 */
export const OneRosterSession = z
  .strictObject({
    sourcedId: entityId("AcademicSessionId"),
    title: boundedText(TEXT_MAX.name),
    /** @default "term" */
    type: z.enum(["schoolYear", "semester", "term", "gradingPeriod"]).default("term"),
    startDate: IsoDate,
    endDate: IsoDate,
    schoolYear: z.number().int().min(1990).max(2100),
  })
  .check(endNotBefore("startDate", "endDate"));
/** The academic session of a OneRoster export. */
export type OneRosterSession = z.input<typeof OneRosterSession>;

/**
 * Options of {@link exportOneRoster}.
 *
 * @example
 * ```ts
 * import { OneRosterOptions } from "@jiaolianti/core";
 * OneRosterOptions.parse({
 *   session: { sourcedId: "2026-autumn", title: "2026 autumn", startDate: "2026-09-01", endDate: "2027-01-22", schoolYear: 2027 },
 *   district: { sourcedId: "xh-district", name: "徐汇区教育局" },
 * });
 * ```
 */
export const OneRosterOptions = z
  .strictObject({
    /** The academic session (term, semester or school year) of the roster. */
    session: OneRosterSession,
    /** The district org every school belongs to (`orgs.csv` type `district`); without it, schools have no parent. */
    district: z
      .strictObject({
        sourcedId: entityId("DistrictId"),
        name: boundedText(TEXT_MAX.name),
        /** A human-readable code, e.g. the administrative division code `310104`. */
        identifier: boundedText(TEXT_MAX.label).optional(),
      })
      .optional(),
    /**
     * `bulk`: a full snapshot — `status` and `dateLastModified` are left empty and `tobedeleted` records are left out
     * (a receiver deletes what a bulk file no longer holds). `delta`: changes — both columns are filled and
     * `tobedeleted` records are written as such.
     * @default "bulk"
     */
    mode: z.enum(["bulk", "delta"]).default("bulk"),
    /**
     * What to write in the required `givenName` and `familyName` of a student: the pseudonymous id (`pseudonym`) or
     * nothing (`blank`, for receivers that accept it). The model holds no names, so a real name is never written.
     * @default "pseudonym"
     */
    names: z.enum(["pseudonym", "blank"]).default("pseudonym"),
    /** Language of org names and of class and course titles. @default "zh" */
    language: z.enum(["zh", "en"]).default("zh"),
    /** `dateLastModified` of the rows derived here (session, district, courses, classes); required in `delta` mode. */
    generatedAt: IsoDateTime.optional(),
    /** Written to the manifest as `source.systemName` / `source.systemCode`. */
    source: z
      .strictObject({ systemName: boundedText(TEXT_MAX.label), systemCode: boundedText(TEXT_MAX.label) })
      .optional(),
  })
  .check((ctx) => {
    if (ctx.value.mode === "delta" && ctx.value.generatedAt === undefined) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["generatedAt"],
        message: "generatedAt is required in delta mode (dateLastModified of the derived rows)",
      });
    }
  });
/** Options of {@link exportOneRoster} as accepted. */
export type OneRosterOptions = z.input<typeof OneRosterOptions>;
