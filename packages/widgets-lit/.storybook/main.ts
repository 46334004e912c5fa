import type { StorybookConfig } from "@storybook/web-components-vite";
import { defaultClientConditions, mergeConfig } from "vite";

// Storybook keeps only `build.target` of the package's vite.config.ts (the library build), so nothing to drop here;
// it adds the source condition so stories run against src (workspace packages too) without a build.
const config: StorybookConfig = {
  framework: { name: "@storybook/web-components-vite", options: {} },
  stories: ["../src/**/*.stories.ts"],
  addons: ["@storybook/addon-a11y"],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
      // The preview bundles axe and the real venue data: large, never shipped to schools.
      build: { chunkSizeWarningLimit: 1500 },
    }),
};

export default config;
