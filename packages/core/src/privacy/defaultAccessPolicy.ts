import type { AccessPolicy } from "./AccessPolicy.js";

/**
 * The conservative default access policy (version 1.0.0): for each role × relationship, the highest sensitivity a
 * viewer may see. When unsure, it protects the child; a district that needs more opens it up in its own versioned
 * policy, on the record.
 *
 * | role            | own-child | own-class | own-school | none     |
 * |-----------------|-----------|-----------|------------|----------|
 * | district-admin  | internal  | internal  | internal   | internal |
 * | school-admin    | internal  | personal  | personal   | internal |
 * | counsellor      | internal  | sensitive | sensitive  | internal |
 * | head-teacher    | internal  | personal  | internal   | internal |
 * | teacher         | internal  | personal  | internal   | internal |
 * | parent          | sensitive | public    | public     | public   |
 * | venue-operator  | internal  | internal  | internal   | internal |
 * | public          | public    | public    | public     | public   |
 *
 * Decisions (the `rationale` field carries them with the data):
 * - Only two viewers ever see `sensitive` fields of an individual child: the school's counsellor (心理教师), who runs
 *   screening and the tiered response, and the child's own guardian. Head teachers (班主任) do **not** by default:
 *   the levels are coarse (`sensitive` covers item answers and family circumstances as well as tiers), and a head
 *   teacher learns what to do for a child through the counsellor's referral, on a need-to-know basis and under the
 *   `counselling-referral` consent purpose — not by browsing records. A district that makes head teachers part of the
 *   early-warning chain can raise `head-teacher/own-class` to `sensitive` in a new policy version.
 * - District administrators see `internal` only: they steer with aggregates (which go through small-cell suppression),
 *   not with individual children's grades, classes or health.
 * - Teachers see `personal` fields of their own class (grade, class, sex, birth year) to teach and organise; school
 *   administrators the same for their school (rosters, class assignment).
 * - Staff and venue operators see `internal` (operational data such as capacities and contact roles) whatever their
 *   relationship; schema authors must therefore mark every child-related field `personal` or `sensitive` (an unmarked
 *   field counts as `internal`).
 * - `own-child` is a guardian's relationship; for any other role it grants nothing beyond `none` (a teacher looking at
 *   their own child does so as a parent, in a parent session).
 * - Parents see `public` only about other children, even classmates: they are not staff.
 *
 * Source: PIPL Art. 6 (minimum necessary), Art. 28 (minors' and health information are sensitive), Art. 31 (guardians
 * of under-14s), Art. 51(4) (operating permissions); 儿童个人信息网络保护规定 (CAC 2019) 第十五条 (最小授权, control of
 * who knows children's information); 未成年人保护法 (2020) Art. 72 (processing minors' information only where proper
 * and necessary; guardians may access and correct); REFERENCE.md §5.
 *
 * @example
 * ```ts
 * import { defaultAccessPolicy } from "@jiaolianti/core";
 * defaultAccessPolicy.ceilings.counsellor["own-school"]; // "sensitive"
 * defaultAccessPolicy.ceilings["district-admin"]["own-school"]; // "internal"
 * ```
 */
export const defaultAccessPolicy: AccessPolicy = {
  id: "jiaolianti.access.default",
  version: "1.0.0",
  description:
    "Conservative default: individual sensitive fields only for the school's counsellor and the child's guardian; " +
    "personal fields only for the child's own teachers and school administration; aggregates for the district.",
  sources: [
    "PIPL (个人信息保护法, 2021) Art. 6, 28, 31, 51",
    "儿童个人信息网络保护规定 (CAC, 2019) 第十五条: 最小授权, 严格设定信息访问权限",
    "未成年人保护法 (2020 revision) Art. 72",
    "Jiaolianti REFERENCE.md §5; ARCHITECTURE.md 'Privacy by construction'",
  ],
  ceilings: {
    "district-admin": { "own-child": "internal", "own-class": "internal", "own-school": "internal", none: "internal" },
    "school-admin": { "own-child": "internal", "own-class": "personal", "own-school": "personal", none: "internal" },
    counsellor: { "own-child": "internal", "own-class": "sensitive", "own-school": "sensitive", none: "internal" },
    "head-teacher": { "own-child": "internal", "own-class": "personal", "own-school": "internal", none: "internal" },
    teacher: { "own-child": "internal", "own-class": "personal", "own-school": "internal", none: "internal" },
    parent: { "own-child": "sensitive", "own-class": "public", "own-school": "public", none: "public" },
    "venue-operator": { "own-child": "internal", "own-class": "internal", "own-school": "internal", none: "internal" },
    public: { "own-child": "public", "own-class": "public", "own-school": "public", none: "public" },
  },
  rationale: {
    "district-admin":
      "Steers the alliance with aggregates (small-cell suppressed); needs no individual child's personal or health data.",
    "school-admin":
      "Keeps the school's rosters (grade, class, sex, birth year); health and family circumstances stay with the counsellor.",
    counsellor:
      "Runs screening and the tiered response for the school's students, so sees their sensitive fields; no one else's.",
    "head-teacher":
      "Sees personal fields of the own class; learns what a child needs through the counsellor's referral, not raw results.",
    teacher: "Sees personal fields of the own class to teach and organise; nothing sensitive.",
    parent:
      "A guardian sees everything about the own child (PIPL Art. 31, 未成年人保护法 Art. 72); only public data about others.",
    "venue-operator": "Runs sessions and bookings: operational (internal) data only, never a child's personal data.",
    public: "Public data only.",
  },
};
