import { bench, describe } from "vitest";
import { Student } from "../src/index.js";
import { createSampleDistrict } from "../src/sample/index.js";

// Validation throughput of the Student schema on 20 000 generated students (records/s = 20 000 × ops/s).
const r = createSampleDistrict({ seed: "bench-validate", students: 20_000 });
if (!r.ok) throw new Error(r.error.message);
const students = r.value.students;
if (students.length !== 20_000 || !students.every((s) => Student.safeParse(s).success))
  throw new Error("generated students must all be valid before timing");

describe("Student schema: validate 20 000 records", () => {
  bench("Student.safeParse (zod 4)", () => {
    for (const s of students) Student.safeParse(s);
  });
});
