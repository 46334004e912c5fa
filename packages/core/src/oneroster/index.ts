/**
 * @packageDocumentation
 * OneRoster 1.1 CSV export of `@jiaolianti/core`: the model's schools, students and time-bounded enrolments as
 * `manifest.csv`, `academicSessions.csv`, `orgs.csv`, `courses.csv`, `classes.csv`, `users.csv` and `enrollments.csv`
 * (1EdTech OneRoster® CSV Tables 1.1.1), pseudonymous ids only.
 */

export { cedsGradeLevel, gradeTitle } from "./cedsGradeLevel.js";
export {
  exportOneRoster,
  ONEROSTER_MAX,
  type OneRosterExport,
  type OneRosterFiles,
  type OneRosterInput,
  type OneRosterReport,
} from "./exportOneRoster.js";
export { OneRosterOptions, OneRosterSession } from "./OneRosterOptions.js";
export {
  ONEROSTER_HEADERS,
  ONEROSTER_MANIFEST_FILES,
  type OneRosterFileName,
  type OneRosterRow,
} from "./oneRosterHeaders.js";
export { type RosterEnrolment, type RosterEnrolments, rosterEnrolments } from "./rosterEnrolments.js";
export { writeOneRosterCsv } from "./writeOneRosterCsv.js";
