import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@jiaolianti/source", ...defaultServerConditions] } },
  // CI shares two cores among every workspace's tests and Chromium: no test asserts wall-clock time, so timeouts are generous.
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    // Lets benches settle the heap (globalThis.gc) before a CPU-time measurement; tests do not use it.
    execArgv: ["--expose-gc"],
  },
});
