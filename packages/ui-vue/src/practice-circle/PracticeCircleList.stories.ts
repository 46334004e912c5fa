import { type GeoPoint, xuhuiVenues } from "@jiaolianti/core";
import type { Meta, StoryObj } from "@storybook/vue3-vite";
import { h } from "vue";
import BikeMode from "./examples/BikeMode.vue";
import EnglishLocale from "./examples/EnglishLocale.vue";
import NearestByComposable from "./examples/NearestByComposable.vue";
import SwappedCoordinates from "./examples/SwappedCoordinates.vue";
import XujiahuiWalk from "./examples/XujiahuiWalk.vue";
import PracticeCircleList from "./PracticeCircleList.vue";

const XUJIAHUI: GeoPoint = { lat: 31.1925, lng: 121.4366, crs: "WGS84" };

const meta = {
  title: "Practice circle/PracticeCircleList",
  component: PracticeCircleList,
  args: { origin: XUJIAHUI, venues: xuhuiVenues },
  argTypes: {
    venues: { control: false },
    mode: { control: "inline-radio", options: ["walk", "bike"] },
    locale: { control: "inline-radio", options: ["zh-CN", "en"] },
    minutes: { control: { type: "range", min: 5, max: 60, step: 5 } },
  },
} satisfies Meta<typeof PracticeCircleList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Renders one example file, so the story shows exactly the code a reader copies. */
const example = (component: object): Story => ({
  render: () => ({ setup: () => () => h(component) }),
  parameters: { controls: { disable: true } },
});

/** 15 minutes on foot from a school at Xujiahui, zh-CN (`examples/XujiahuiWalk.vue`). */
export const Default: Story = example(XujiahuiWalk);

/** The same circle in English (`examples/EnglishLocale.vue`). */
export const English: Story = example(EnglishLocale);

/** 15 minutes by bike, one venue selected through `defaultValue` (`examples/BikeMode.vue`). */
export const Bike: Story = example(BikeMode);

/** Latitude and longitude swapped: the error state (`examples/SwappedCoordinates.vue`). */
export const ErrorState: Story = example(SwappedCoordinates);

/** `usePracticeCircle` under custom markup (`examples/NearestByComposable.vue`). */
export const Composable: Story = example(NearestByComposable);

/** Every prop as a control. */
export const Playground: Story = {};
