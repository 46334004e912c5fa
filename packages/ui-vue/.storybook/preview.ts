import type { Preview } from "@storybook/vue3-vite";

const preview: Preview = {
  parameters: {
    layout: "padded",
    // Axe violations fail the story in the a11y panel and in test runs, not just warn.
    a11y: { test: "error" },
  },
};

export default preview;
