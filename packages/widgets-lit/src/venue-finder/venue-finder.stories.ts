import { xuhuiVenues } from "@jiaolianti/core";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import "../define/venue-finder.js";

/** A school site near Xujiahui (WGS84), the origin of every story. */
const XUJIAHUI = { lat: 31.1925, lng: 121.4366 } as const;

interface Args {
  lat: number;
  lng: number;
  crs: "WGS84" | "GCJ02" | "BD09";
  minutes: number;
  mode: "walk" | "bike";
  theme?: string;
  lang?: string;
  src?: string;
  venues?: ReadonlyArray<unknown>;
}

const meta: Meta<Args> = {
  title: "Widgets/jlt-venue-finder",
  component: "jlt-venue-finder",
  args: { ...XUJIAHUI, crs: "WGS84", minutes: 15, mode: "walk", lang: "zh-CN", venues: xuhuiVenues },
  argTypes: {
    crs: { control: "inline-radio", options: ["WGS84", "GCJ02", "BD09"] },
    mode: { control: "inline-radio", options: ["walk", "bike"] },
    minutes: { control: { type: "number", min: 1, max: 240 } },
    lang: { control: "inline-radio", options: ["zh-CN", "en"] },
    venues: { control: false },
  },
  render: (a) => html`<jlt-venue-finder
    lat=${a.lat}
    lng=${a.lng}
    crs=${a.crs}
    minutes=${a.minutes}
    mode=${a.mode}
    theme=${ifDefined(a.theme)}
    lang=${ifDefined(a.lang)}
    src=${ifDefined(a.src)}
    .venues=${a.venues}
  ></jlt-venue-finder>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The 15-minute walking circle of a school near Xujiahui, over the 67 real Xuhui venues, in Chinese. */
export const Default: Story = {};

/** The same circle in English. */
export const English: Story = { args: { lang: "en" } };

/** Only science and technology venues, within a 30-minute walk. */
export const ThemeFilter: Story = { args: { theme: "science-technology", minutes: 30 } };

/** By bicycle: 15 minutes reach much further (250 m/min instead of 80). */
export const Bike: Story = { args: { mode: "bike" } };

/** Hostile records from another site: a name carrying markup renders as text; invalid records are counted. */
export const IgnoredRecords: Story = {
  args: {
    lang: "en",
    venues: [
      ...xuhuiVenues.slice(0, 20),
      {
        id: "hostile-name",
        nameZh: "<img src=x onerror=alert(1)>",
        nameEn: "<img src=x onerror=alert(1)>",
        themes: ["arts-culture"],
        location: { lat: 31.1926, lng: 121.4367, crs: "WGS84" },
      },
      { id: "bad-latitude", nameZh: "纬度错误", themes: ["music"], location: { lat: 91, lng: 121.43, crs: "WGS84" } },
      { id: "bad-theme", nameZh: "未知主题", themes: ["<script>"], location: { ...XUJIAHUI, crs: "WGS84" } },
      "<script>alert(1)</script>",
    ],
  },
};

/** The data at `src` is not a JSON array: a localized alert (`role="alert"`). */
export const LoadError: Story = {
  args: { venues: undefined, src: "data:application/json,%7B%22venues%22%3A%5B%5D%7D" },
};
