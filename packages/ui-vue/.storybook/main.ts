import type { StorybookConfig } from "@storybook/vue3-vite";
import type { PluginOption } from "vite";

/** True for the d.ts plugin (vite-plugin-dts is unplugin-dts): a library build step Storybook must not run. */
const isDtsPlugin = (plugin: PluginOption): boolean =>
  typeof plugin === "object" && plugin !== null && "name" in plugin && plugin.name === "unplugin-dts";

const config: StorybookConfig = {
  stories: ["../src/**/*.stories.ts"],
  addons: ["@storybook/addon-a11y"],
  framework: {
    name: "@storybook/vue3-vite",
    options: { docgen: { plugin: "vue-component-meta", tsconfig: "tsconfig.json" } },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook merges vite.config.ts: keep its Vue plugin and the `@jiaolianti/source` condition (stories run against
  // the workspace packages' src), drop the declaration bundling.
  // Storybook's own runtime and axe (addon-a11y) are ≈ 1 MB chunks; only a larger bundle is worth a warning.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: (viteConfig.plugins ?? []).flat().filter((plugin) => !isDtsPlugin(plugin)),
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1_500 },
  }),
};

export default config;
