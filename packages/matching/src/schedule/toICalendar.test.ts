import { afterEach, describe, expect, test } from "vitest";
import type { ScheduleOptions } from "./ScheduleOptions.js";
import type { Schedule } from "./ScheduleResult.js";
import { schedule } from "./schedule.js";
import { toICalendar } from "./toICalendar.js";

/** A parsed content line: name, parameters and raw value (RFC 5545 §3.1). */
interface Line {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

/** Minimal RFC 5545 reader for the tests: unfolds lines (§3.1), splits name;params:value, groups components. */
const parseIcs = (ics: string): { lines: Line[]; components: Array<{ name: string; lines: Line[] }> } => {
  expect(ics.includes("\n") && !/[^\r]\n/.test(ics)).toBe(true); // CRLF line breaks only
  const raw = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const lines = raw.map((l): Line => {
    const colon = l.indexOf(":");
    const [name, ...params] = l.slice(0, colon).split(";");
    return {
      name: name as string,
      params: Object.fromEntries(params.map((p) => p.split("=") as [string, string])),
      value: l.slice(colon + 1),
    };
  });
  const components: Array<{ name: string; lines: Line[] }> = [];
  const stack: Array<{ name: string; lines: Line[] }> = [];
  for (const l of lines) {
    if (l.name === "BEGIN") stack.push({ name: l.value, lines: [] });
    else if (l.name === "END") {
      const c = stack.pop();
      expect(c?.name).toBe(l.value);
      if (c) components.push(c);
    } else stack.at(-1)?.lines.push(l);
  }
  expect(stack).toEqual([]);
  return { lines, components };
};

/** TEXT unescaping (RFC 5545 §3.3.11). */
const unescapeText = (v: string): string =>
  v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));

const prop = (c: { lines: Line[] }, name: string): Line => {
  const found = c.lines.filter((l) => l.name === name);
  expect(found, name).toHaveLength(1);
  return found[0] as Line;
};

/** `YYYYMMDDTHHMMSS` in Asia/Shanghai → epoch ms. */
const shanghai = (v: string): number =>
  Date.parse(
    `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T${v.slice(9, 11)}:${v.slice(11, 13)}:${v.slice(13, 15)}+08:00`,
  );

// ical-generator writes any line break as \n, so the hostile text uses \n only (a lone CR would come back as \n).
const hostile = '天文馆;DESCRIPTION:x,\\\nEND:VEVENT\nBEGIN:VEVENT "引号" 很长的名字'.padEnd(120, "星");
const term = { start: "2026-09-01", end: "2026-09-30" };
const options: ScheduleOptions = {
  offers: [
    {
      id: "stars",
      kind: "venue-session",
      nameZh: hostile,
      nameEn: "Stars; a, b\\c",
      venueId: "planetarium",
      capacity: 90,
      slots: [
        { dayOfWeek: 3, start: "13:30", end: "15:00" },
        { dayOfWeek: 4, start: "09:30", end: "11:00" },
      ],
    },
    { id: "talk", kind: "expert-visit", nameZh: "心理健康讲座", capacity: 45, durationMinutes: 60 },
  ],
  venues: [{ id: "planetarium", nameZh: "示例天文馆\n二楼", addressZh: "漕溪北路1号, 徐汇区" }],
  schools: [
    {
      id: "sch-a",
      nameZh: "示例第一小学",
      nameEn: "Sample Primary No. 1",
      windows: [
        { dayOfWeek: 3, start: "13:00", end: "16:30" },
        { dayOfWeek: 4, start: "09:00", end: "11:30" },
      ],
    },
    { id: "sch-b", nameZh: "示例第二小学", windows: [{ dayOfWeek: 3, start: "13:00", end: "16:30" }] },
  ],
  experts: [{ id: "staff-exp-1", availability: [{ dayOfWeek: 3, start: "13:00", end: "16:00" }] }],
};
const allocations = [
  ...Array.from({ length: 5 }, (_, i) => ({
    id: `v-${i}`,
    groupId: `sch-a:g4-c${i % 3}`,
    schoolId: "sch-a",
    size: 40,
    offerId: "stars",
    travelMinutes: 15,
  })),
  ...Array.from({ length: 3 }, (_, i) => ({
    id: `b-${i}`,
    groupId: `sch-b:g5-c${i}`,
    schoolId: "sch-b",
    size: 35,
    offerId: "stars",
    travelMinutes: 10,
  })),
  ...Array.from({ length: 4 }, (_, i) => ({
    id: `t-${i}`,
    groupId: `sch-${i % 2 ? "a" : "b"}:g6-c${i}`,
    schoolId: i % 2 ? "sch-a" : "sch-b",
    size: 40,
    offerId: "talk",
    expertId: "staff-exp-1",
  })),
];
const made = (): Schedule => {
  const r = schedule(allocations, term, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const exportFor = (s: Schedule, target: Parameters<typeof toICalendar>[1]): string => {
  const r = toICalendar(s, target);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe("toICalendar", () => {
  test("a school's calendar: one VEVENT per class visit, Asia/Shanghai times, no class double-booked", () => {
    const s = made();
    expect(s.complete).toBe(true);
    const { lines, components } = parseIcs(exportFor(s, { for: { school: "sch-a" }, language: "zh-CN" }));
    expect(lines[0]).toMatchObject({ name: "BEGIN", value: "VCALENDAR" });
    const tz = components.find((c) => c.name === "VTIMEZONE");
    expect(tz && prop(tz, "TZID").value).toBe("Asia/Shanghai");
    const events = components.filter((c) => c.name === "VEVENT");
    const mine = s.sessions.filter((x) => x.schoolId === "sch-a");
    expect(events).toHaveLength(mine.length);
    const byClass = new Map<string, Array<[number, number]>>();
    for (const e of events) {
      const uid = prop(e, "UID").value;
      const session = mine.find((x) => uid === `class-visit:${x.allocationId}@schedule.jiaolianti`);
      expect(session, uid).toBeDefined();
      if (!session) continue;
      expect(prop(e, "DTSTAMP").value).toMatch(/^\d{8}T\d{6}Z$/);
      const start = prop(e, "DTSTART");
      const end = prop(e, "DTEND");
      expect(start.params.TZID).toBe("Asia/Shanghai");
      expect(end.params.TZID).toBe("Asia/Shanghai");
      expect(shanghai(start.value)).toBe(Date.parse(session.start));
      expect(shanghai(end.value)).toBe(Date.parse(session.end));
      // A class is away from leaving school to coming back: those intervals must not overlap.
      const away: [number, number] = [
        shanghai(start.value) - session.travelMinutes * 60_000,
        shanghai(end.value) + session.travelMinutes * 60_000,
      ];
      const list = byClass.get(session.groupId) ?? [];
      for (const [a, b] of list) expect(away[0] < b && a < away[1], `${session.groupId} double-booked`).toBe(false);
      byClass.set(session.groupId, [...list, away]);
      expect(unescapeText(prop(e, "DESCRIPTION").value)).toContain(`班级 ${session.groupId}`);
    }
  });

  test("hostile names are escaped: they round-trip and inject no property or component", () => {
    const ics = exportFor(made(), { for: { venue: "planetarium" }, language: "zh-CN" });
    const { lines, components } = parseIcs(ics);
    for (const l of ics.split("\r\n")) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    const events = components.filter((c) => c.name === "VEVENT");
    expect(events.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.name === "BEGIN" && l.value === "VEVENT")).toHaveLength(events.length);
    for (const e of events) {
      expect(e.lines.filter((l) => l.name === "DESCRIPTION")).toHaveLength(1);
      expect(unescapeText(prop(e, "SUMMARY").value).startsWith(hostile)).toBe(true);
      expect(unescapeText(prop(e, "LOCATION").value)).toBe("示例天文馆\n二楼, 漕溪北路1号, 徐汇区");
    }
  });

  test("a venue's calendar has one VEVENT per occurrence, never over its seats", () => {
    const s = made();
    const { components } = parseIcs(exportFor(s, { for: { venue: "planetarium" }, language: "en" }));
    const events = components.filter((c) => c.name === "VEVENT");
    const occurrences = new Set(s.sessions.filter((x) => x.venueId === "planetarium").map((x) => x.occurrenceId));
    expect(events).toHaveLength(occurrences.size);
    expect(new Set(events.map((e) => prop(e, "UID").value)).size).toBe(events.length);
    for (const e of events) {
      const seats = /(\d+)\/(\d+)/.exec(unescapeText(prop(e, "DESCRIPTION").value));
      expect(Number(seats?.[1])).toBeLessThanOrEqual(Number(seats?.[2]));
      expect(unescapeText(prop(e, "SUMMARY").value)).toMatch(/^Stars; a, b\\c · \d classes?, \d+ students$/);
    }
  });

  test("an expert's calendar: no two events overlap", () => {
    const { components } = parseIcs(exportFor(made(), { for: { expert: "staff-exp-1" }, language: "zh-CN" }));
    const events = components.filter((c) => c.name === "VEVENT");
    expect(events).toHaveLength(4);
    const spans = events.map((e) => [shanghai(prop(e, "DTSTART").value), shanghai(prop(e, "DTEND").value)] as const);
    for (let i = 0; i < spans.length; i++)
      for (let j = i + 1; j < spans.length; j++) {
        const [a, b] = spans[i] as readonly [number, number];
        const [c, d] = spans[j] as readonly [number, number];
        expect(a < d && c < b).toBe(false);
      }
    // An at-school visit is located at the school.
    for (const e of events) expect(unescapeText(prop(e, "LOCATION").value)).toMatch(/^示例第[一二]小学$/);
  });

  test("stable: the same schedule exports byte-identical files, whatever the process time zone", () => {
    const first = exportFor(made(), { for: { school: "sch-a" }, language: "en" });
    process.env.TZ = "America/New_York";
    expect(new Date(Date.UTC(2026, 8, 2)).getTimezoneOffset()).toBe(240); // the change took effect
    const again = exportFor(made(), { for: { school: "sch-a" }, language: "en" });
    process.env.TZ = "Asia/Kolkata";
    const third = exportFor(made(), { for: { school: "sch-a" }, language: "en" });
    expect(again).toBe(first);
    expect(third).toBe(first);
    expect(first).toContain("DTSTAMP:20260831T160000Z");
  });

  test("stamp sets DTSTAMP", () => {
    const ics = exportFor(made(), { for: { school: "sch-b" }, language: "zh-CN", stamp: "2026-08-20T10:00:00+08:00" });
    expect(ics).toContain("DTSTAMP:20260820T020000Z");
  });

  test.each([
    ["unknown school", { for: { school: "sch-zz" } }, "UnknownReferenceError"],
    ["unknown venue", { for: { venue: "nowhere" } }, "UnknownReferenceError"],
    ["unknown expert", { for: { expert: "staff-zz" } }, "UnknownReferenceError"],
    ["two targets", { for: { school: "sch-a", venue: "planetarium" } }, "ValidationError"],
    ["unsupported language", { for: { school: "sch-a" }, language: "fr" }, "ValidationError"],
    ["stamp without offset", { for: { school: "sch-a" }, stamp: "2026-08-20T10:00:00" }, "ValidationError"],
  ])("%s → %s", (_name, opts, tag) => {
    const r = toICalendar(made(), opts as never);
    expect(!r.ok && r.error._tag).toBe(tag);
  });

  test("a malformed schedule is rejected, not exported", () => {
    const s = made();
    const broken = { ...s, sessions: [{ ...s.sessions[0], start: "not a time" }] };
    const r = toICalendar(broken as never, { for: { school: "sch-a" } });
    expect(!r.ok && r.error._tag).toBe("ValidationError");
  });
});
