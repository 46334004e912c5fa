/**
 * The header row of each OneRoster 1.1 CSV file this package writes, in the column order of the specification (a
 * receiver matches headers exactly, case included, and every column must be present even when empty).
 *
 * Source: 1EdTech OneRoster® CSV Tables, Version 1.1.1 (22 August 2023), §3 (academicSessions.csv, classes.csv,
 * courses.csv, enrollments.csv, orgs.csv, users.csv) and §2.2 (manifest.csv); https://www.imsglobal.org/oneroster-v11-final-csv-tables.
 *
 * @example
 * ```ts
 * import { ONEROSTER_HEADERS } from "@jiaolianti/core";
 * ONEROSTER_HEADERS["orgs.csv"].join(","); // "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId"
 * ```
 */
export const ONEROSTER_HEADERS = {
  "manifest.csv": ["propertyName", "value"],
  "academicSessions.csv": [
    "sourcedId",
    "status",
    "dateLastModified",
    "title",
    "type",
    "startDate",
    "endDate",
    "parentSourcedId",
    "schoolYear",
  ],
  "orgs.csv": ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"],
  "courses.csv": [
    "sourcedId",
    "status",
    "dateLastModified",
    "schoolYearSourcedId",
    "title",
    "courseCode",
    "grades",
    "orgSourcedId",
    "subjects",
    "subjectCodes",
  ],
  "classes.csv": [
    "sourcedId",
    "status",
    "dateLastModified",
    "title",
    "grades",
    "courseSourcedId",
    "classCode",
    "classType",
    "location",
    "schoolSourcedId",
    "termSourcedIds",
    "subjects",
    "subjectCodes",
    "periods",
  ],
  "users.csv": [
    "sourcedId",
    "status",
    "dateLastModified",
    "enabledUser",
    "orgSourcedIds",
    "role",
    "username",
    "userIds",
    "givenName",
    "familyName",
    "middleName",
    "identifier",
    "email",
    "sms",
    "phone",
    "agentSourcedIds",
    "grades",
    "password",
  ],
  "enrollments.csv": [
    "sourcedId",
    "status",
    "dateLastModified",
    "classSourcedId",
    "schoolSourcedId",
    "userSourcedId",
    "role",
    "primary",
    "beginDate",
    "endDate",
  ],
} as const;

/** The name of a file of a OneRoster CSV export, e.g. `"users.csv"`. */
export type OneRosterFileName = keyof typeof ONEROSTER_HEADERS;

/** One data row of a OneRoster file, keyed by its headers. */
export type OneRosterRow<F extends OneRosterFileName> = {
  readonly [H in (typeof ONEROSTER_HEADERS)[F][number]]: string;
};

/**
 * The data files a OneRoster 1.1 manifest lists, in the order of the specification's manifest table; those this
 * package does not write are declared `absent`.
 */
export const ONEROSTER_MANIFEST_FILES = [
  "academicSessions",
  "categories",
  "classes",
  "classResources",
  "courses",
  "courseResources",
  "demographics",
  "enrollments",
  "lineItems",
  "orgs",
  "resources",
  "results",
  "users",
] as const;
