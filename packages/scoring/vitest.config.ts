import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@jiaolianti/source", ...defaultServerConditions] } },
  test: { include: ["src/**/*.test.ts"], benchmark: { include: ["bench/**/*.bench.ts"] } },
});
