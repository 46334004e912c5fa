import { bench, describe } from "vitest";
import { scoreBmi } from "../src/index.js";

// 10 000 students with varied sex, grade, height and weight, scored one by one through the validated entry point.
const students = Array.from({ length: 10_000 }, (_, i) => ({
  sex: i % 2 === 0 ? ("male" as const) : ("female" as const),
  grade: (i % 12) + 1,
  heightCm: 115 + (i % 12) * 5 + (i % 7),
  weightKg: 20 + (i % 12) * 3.5 + (i % 11),
}));

describe("scoreBmi: 10 000 students", () => {
  bench("scoreBmi (validated)", () => {
    for (const s of students) scoreBmi(s);
  });
});
