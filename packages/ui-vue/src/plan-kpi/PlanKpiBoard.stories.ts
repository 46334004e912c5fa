import type { Meta, StoryObj } from "@storybook/vue3-vite";
import { h } from "vue";
import EnglishBoard from "./examples/EnglishBoard.vue";
import NeedsAttention from "./examples/NeedsAttention.vue";
import OutOfOrderDates from "./examples/OutOfOrderDates.vue";
import StatusFilterExample from "./examples/StatusFilter.vue";
import XuhuiPlanBoard from "./examples/XuhuiPlanBoard.vue";
import PlanKpiBoard from "./PlanKpiBoard.vue";

const meta = {
  title: "Plan targets/PlanKpiBoard",
  component: PlanKpiBoard,
  args: {
    actuals: {
      "coaches-in-schools": [
        { date: "2025-12-31", value: 34 },
        { date: "2026-09-30", value: 52 },
      ],
      "new-science-venues": [
        { date: "2025-12-31", value: 7 },
        { date: "2026-09-30", value: 15 },
      ],
    },
  },
  argTypes: {
    plan: { control: false },
    actuals: { control: "object" },
    locale: { control: "inline-radio", options: ["zh-CN", "en"] },
    atRiskTolerance: { control: { type: "range", min: 0, max: 0.5, step: 0.05 } },
    headingLevel: { control: "inline-radio", options: [2, 3, 4, 5, 6] },
  },
} satisfies Meta<typeof PlanKpiBoard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Renders one example file, so the story shows exactly the code a reader copies. */
const example = (component: object): Story => ({
  render: () => ({ setup: () => () => h(component) }),
  parameters: { controls: { disable: true } },
});

/** The Xuhui plan with sample actuals for four targets, zh-CN (`examples/XuhuiPlanBoard.vue`). */
export const Default: Story = example(XuhuiPlanBoard);

/** The board in English (`examples/EnglishBoard.vue`). */
export const English: Story = example(EnglishBoard);

/** Opened on the off-track targets through `v-model:filter` (`examples/StatusFilter.vue`). */
export const StatusFilter: Story = example(StatusFilterExample);

/** Actuals dated out of order: scoring's typed error in an alert (`examples/OutOfOrderDates.vue`). */
export const ErrorState: Story = example(OutOfOrderDates);

/** `usePlanKpis` under custom markup: the targets that need attention (`examples/NeedsAttention.vue`). */
export const Composable: Story = example(NeedsAttention);

/** Every prop as a control. */
export const Playground: Story = {};
