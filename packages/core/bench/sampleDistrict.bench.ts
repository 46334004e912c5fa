import { bench, describe } from "vitest";
import { createSampleDistrict } from "../src/sample/index.js";

// A Xuhui-sized synthetic district (120 000 students ≈ 78 schools, 250 000 contacts, 616 000 assessments), and the
// largest size the generator accepts (1.5 M students ≈ 7.7 M assessments, kept as typed-array columns), run once.
// The tasks are `async` so tinybench does not call them an extra time to find out whether they are.
const heapMb = (): number => Math.round(process.memoryUsage().heapUsed / 2 ** 20);

describe("createSampleDistrict: 120 000 students", () => {
  bench(
    "generate (assessments as columns)",
    async () => {
      createSampleDistrict({ seed: "bench", students: 120_000 });
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );

  bench(
    "generate and materialise every assessment record",
    async () => {
      const r = createSampleDistrict({ seed: "bench", students: 120_000 });
      if (!r.ok) throw new Error(r.error.message);
      let answers = 0;
      for (const a of r.value.assessments) answers += a.answers.length;
      if (answers === 0) throw new Error("no answers");
    },
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
});

describe("createSampleDistrict: 1 500 000 students (one run)", () => {
  bench(
    "generate",
    async () => {
      const before = heapMb();
      const r = createSampleDistrict({ seed: "bench", students: 1_500_000 });
      if (!r.ok) throw new Error(r.error.message);
      console.info(
        `1.5 M students: heap ${before} → ${heapMb()} MB with the district alive (${r.value.assessments.length} assessments)`,
      );
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
