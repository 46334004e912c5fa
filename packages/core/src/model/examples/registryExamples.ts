import type { EntityInput } from "../entitySchemas.js";

const meta = (id: string, dateLastModified = "2025-10-10T09:00:00+08:00") =>
  ({ id, status: "active", dateLastModified }) as const;

/**
 * Example records of the registries and operations (subdistrict, school, department, staff, venue, course, project,
 * innovation case, competition, demand, booking, survey, responsibility). The venue and subdistrict are real public
 * places from the shipped reference data; the school is synthetic. Part of {@link entityExamples}.
 *
 * @example
 * ```ts
 * import { registryExamples, Venue } from "@jiaolianti/core";
 * Venue.parse(registryExamples.Venue);
 * ```
 */
export const registryExamples: {
  readonly [K in
    | "Subdistrict"
    | "School"
    | "Department"
    | "Staff"
    | "StaffSchoolAssignment"
    | "Venue"
    | "Course"
    | "Project"
    | "InnovationCase"
    | "Competition"
    | "Demand"
    | "Booking"
    | "Survey"
    | "Responsibility"]: EntityInput<K>;
} = {
  Subdistrict: {
    ...meta("xh-sd-310104003", "2026-03-11T00:00:00Z"),
    nameZh: "天平路街道",
    nameEn: "Tianping Road Subdistrict",
    kind: "subdistrict",
    nbsCode: "310104003",
    osmRelation: 13469980,
    point: { lat: 31.20666, lng: 121.44542, crs: "WGS84" },
    pointType: "centroid",
    accuracyM: 50,
  },
  School: {
    ...meta("xh-school-001"),
    nameZh: "示例第一小学(合成数据)",
    nameEn: "Example Primary School No. 1 (synthetic)",
    stage: "primary",
    ownership: "public",
    gradesOffered: [1, 2, 3, 4, 5],
    enrolment: [
      { grade: 1, students: 180 },
      { grade: 4, students: 176 },
    ],
    location: { lat: 31.2041, lng: 121.4432, crs: "WGS84" },
    subdistrictId: "xh-sd-310104003",
    schoolCluster: "tianping-cluster",
    synthetic: true,
  },
  Department: {
    ...meta("dept-education"),
    code: "education-bureau",
    nameZh: "区教育局",
    nameEn: "District Education Bureau",
  },
  Staff: {
    ...meta("staff-coach-017"),
    displayName: "李教练",
    affiliationZh: "徐汇区青少年体育运动学校",
    kinds: ["coach"],
    themes: ["sports"],
    dimensions: ["physical"],
    specialtyTags: ["football"],
    grades: [3, 4, 5],
    expertPools: [],
    availability: [
      { dayOfWeek: 2, start: "15:30", end: "17:00" },
      { dayOfWeek: 4, start: "15:30", end: "17:00" },
    ],
  },
  StaffSchoolAssignment: {
    ...meta("ssa-0042"),
    staffId: "staff-coach-017",
    schoolId: "xh-school-001",
    kind: "coach",
    hoursPerWeek: 6,
    beginDate: "2025-09-01",
    endDate: "2026-01-20",
  },
  Venue: {
    ...meta("xh-venue-001", "2026-03-11T00:00:00Z"),
    nameZh: "龙华烈士陵园(龙华烈士纪念馆)",
    nameEn: "Longhua Martyrs' Cemetery (Longhua Martyrs Memorial Hall)",
    category: "red-culture",
    themes: ["red-culture", "ideological-political"],
    location: { lat: 31.178557, lng: 121.444423, crs: "WGS84" },
    accuracyM: 300,
    addressZh: "上海市徐汇区龙华西路180号",
    subdistrictId: "xh-sd-310104016",
    capacity: 200,
    sessions: [
      {
        kind: "weekly",
        id: "xh-venue-001:s-wed",
        capacity: 80,
        grades: [4, 5, 6, 7, 8, 9],
        themes: ["red-culture"],
        slot: { dayOfWeek: 3, start: "13:30", end: "15:30" },
        validFrom: "2025-09-01",
        validUntil: "2026-01-20",
      },
      {
        kind: "dated",
        id: "xh-venue-001:s-20251015",
        capacity: 45,
        grades: [],
        themes: [],
        window: { start: "2025-10-15T13:30:00+08:00", end: "2025-10-15T15:30:00+08:00" },
      },
    ],
    openingHours: [{ dayOfWeek: 2, start: "09:00", end: "16:00" }],
    closures: [],
    accessibility: ["step-free-access", "accessible-toilet"],
    access: { feePolicy: "free", visitMode: "appointment", freeForSchoolGroups: true },
    operator: { kind: "public-institution", nameZh: "龙华烈士陵园管理处" },
    admissionStatus: "admitted",
    admissionHistory: [
      { status: "applied", date: "2025-09-05" },
      { status: "admitted", date: "2025-10-01", decidedBy: "dept-education", standardVersion: "2025.1" },
    ],
  },
  Course: {
    ...meta("course-longhua-101"),
    nameZh: "龙华寻访:初心之地上的思政课",
    dimensions: ["moral"],
    themes: ["red-culture", "ideological-political"],
    grades: [4, 5],
    durationMinutes: 90,
    capacity: 45,
    venueId: "xh-venue-001",
    provider: { kind: "venue", venueId: "xh-venue-001" },
  },
  Project: {
    ...meta("proj-football-pipeline-01"),
    nameZh: "校园足球“一条龙”",
    lead: { kind: "department", departmentId: "dept-sports" },
    schoolIds: ["xh-school-001"],
    venueIds: [],
    actionId: "huidong-jianti",
    themes: ["sports"],
    dimensions: ["physical"],
    stage: "active",
    beginDate: "2025-09-01",
  },
  InnovationCase: {
    ...meta("case-2025-017"),
    titleZh: "祖辈课堂:隔代养育共同体",
    schoolIds: ["xh-school-001"],
    themes: [],
    dimensions: ["moral"],
    year: 2025,
    stage: "selected",
  },
  Competition: {
    ...meta("comp-2025-district-football"),
    nameZh: "徐汇区中小学生足球联赛",
    tier: "district",
    organiser: { kind: "department", departmentId: "dept-sports" },
    themes: ["sports"],
    grades: [3, 4, 5],
    familyEvent: false,
    participantsCount: 2400,
    beginDate: "2025-10-01",
    endDate: "2025-11-30",
  },
  Demand: {
    ...meta("dem-2025-0193"),
    schoolId: "xh-school-001",
    grades: [4],
    groupSize: 45,
    themes: ["red-culture"],
    dimensions: ["moral"],
    timeWindows: [{ start: "2025-10-15T13:00:00+08:00", end: "2025-10-15T16:30:00+08:00" }],
    maxTravelMinutes: 30,
    travelMode: "coach",
    accessibilityNeeds: [],
    state: "matched",
  },
  Booking: {
    ...meta("bk-2025-1207"),
    demandId: "dem-2025-0193",
    venueId: "xh-venue-001",
    venueSessionId: "xh-venue-001:s-20251015",
    courseId: "course-longhua-101",
    seats: 45,
    state: "confirmed",
  },
  Survey: {
    ...meta("svy-2025-family-satisfaction"),
    titleZh: "2025年家庭满意度调查",
    purpose: "family-satisfaction",
    anonymous: true,
    audience: ["parent"],
    openDate: "2025-11-01",
    closeDate: "2025-11-30",
  },
  Responsibility: {
    ...meta("resp-huize-runxin-health-1"),
    departmentId: "dept-health",
    role: "lead",
    actionId: "huize-runxin",
    taskId: "full-chain-services",
    taskZh: "社区卫生中心全覆盖设立青少年心理咨询门诊",
    deliverableZh: "13个街镇社区卫生服务中心门诊开诊",
    dueDate: "2026-12-31",
    progress: "in-progress",
  },
};
