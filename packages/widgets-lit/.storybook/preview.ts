import type { Preview } from "@storybook/web-components-vite";

const preview: Preview = {
  parameters: {
    // Fail the a11y panel (and any test runner) on violations instead of only reporting them.
    a11y: { test: "error" },
    layout: "padded",
  },
};

export default preview;
