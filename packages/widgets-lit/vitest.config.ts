import { defaultClientConditions } from "vite";
import { defineConfig } from "vitest/config";

// Unit tests run against source (workspace packages too, through `@jiaolianti/source`) in happy-dom.
export default defineConfig({
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  test: { include: ["src/**/*.test.ts"], environment: "happy-dom", setupFiles: ["./test/litDevMode.ts"] },
});
