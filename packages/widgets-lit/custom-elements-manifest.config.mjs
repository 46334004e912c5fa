// `cem analyze --config custom-elements-manifest.config.mjs`: documents every element from its JSDoc (@summary,
// @attr, @event, @csspart, @cssproperty) and Lit's static properties into dist/custom-elements.json.
// `packagejson: false`: package.json already points `customElements` at the dist file; nothing is written to the root.
export default {
  globs: ["src/**/*.ts"],
  exclude: ["src/**/*.test.ts", "src/**/*.stories.ts", "src/bundle.ts"],
  outdir: "dist",
  litelement: true,
  packagejson: false,
  dev: false,
};
