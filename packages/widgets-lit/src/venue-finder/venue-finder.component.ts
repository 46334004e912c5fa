import { type CoordinateSystem, descriptorLabel, type Locale, type VenueTheme, venueThemes } from "@jiaolianti/core";
import {
  BIKE_METERS_PER_MINUTE,
  DEFAULT_DETOUR_FACTOR,
  PRACTICE_CIRCLE_MINUTES,
  type TravelMode,
  WALK_METERS_PER_MINUTE,
} from "@jiaolianti/matching";
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { LocalizeController } from "../i18n/LocalizeController.js";
import type { Translation } from "../i18n/Translation.js";
import { type FinderSettings, finderSettings } from "./finderSettings.js";
import { type FinderData, type FinderView, finderView, problemMessage } from "./finderView.js";
import { type IgnoredRecord, type PublicVenue, type PublicVenues, parsePublicVenues } from "./publicVenue.js";
import { VenueSourceController } from "./VenueSourceController.js";
import { venueFinderStyles } from "./venue-finder.styles.js";
import type { ReachableVenue } from "./venuesWithin.js";

/** Detail of the `jlt-venue-select` event. */
export interface VenueSelectDetail {
  /** Id of the chosen venue (also the element's new `value`). */
  readonly id: string;
  /** The venue as validated by the widget (only the checked fields). */
  readonly venue: PublicVenue;
  /** Estimated travel time from the school, minutes (not rounded). */
  readonly minutes: number;
}

/** Attribute ⇄ number that keeps "not set" (`undefined`) apart from `0`; an empty attribute is "not set". */
const optionalNumber = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null || value.trim() === "" ? undefined : Number(value),
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

const SPEED = { walk: WALK_METERS_PER_MINUTE, bike: BIKE_METERS_PER_MINUTE } as const;

/**
 * Lists the out-of-school practice venues reachable from a school within a number of minutes on foot or by bike: the
 * school's 15-minute out-of-school practice circle (15分钟校外实践育人圈 of the Xuhui 教联体 action plan 2025–2027), with
 * the travel model of `@jiaolianti/matching` (haversine × 1.3 ÷ 80 m/min walking or 250 m/min cycling; estimates).
 *
 * Venue data comes from `src` (a URL of a JSON array) or the `venues` property and is treated as untrusted: every
 * record is validated, invalid ones are ignored and counted, text is never rendered as HTML.
 *
 * @summary The practice venues within N minutes of a school, as an accessible list of toggle buttons.
 * @tagname jlt-venue-finder
 *
 * @attr {number} lat - Latitude of the school, degrees (−90 to 90). Required.
 * @attr {number} lng - Longitude of the school, degrees (−180 to 180). Required.
 * @attr {"WGS84" | "GCJ02" | "BD09"} crs - Coordinate system of `lat`/`lng`: GPS/OpenStreetMap (WGS84), AMap/Tencent (GCJ02) or Baidu (BD09).
 * @attr {number} minutes - Time budget, minutes (above 0, at most 240).
 * @attr {"walk" | "bike"} mode - On foot (80 m/min) or by bicycle (250 m/min).
 * @attr {string} theme - Only venues with this theme code (e.g. `science-technology`); empty for all.
 * @attr {string} src - URL of a JSON array of venues, fetched when set (a change aborts the previous request). Ignored when the `venues` property is set.
 * @attr {string} lang - Language of the widget; else the closest ancestor's `lang`, else the document's. Chain zh-CN → zh → en.
 * @attr {string} value - Id of the selected venue.
 * @attr {number} heading-level - Level of the widget's heading (1–6), to fit the page's outline.
 *
 * @event {CustomEvent<VenueSelectDetail>} jlt-venue-select - A venue was chosen. `detail`: `{ id, venue, minutes }`. Bubbles, composed, cancelable (cancel to keep the previous `value`).
 *
 * @csspart base - The frame around the widget.
 * @csspart heading - The heading.
 * @csspart list - The list of venues (`<ul>`).
 * @csspart item - One venue: a `<button aria-pressed>`.
 * @csspart item-name - The venue's name.
 * @csspart item-meta - The venue's themes and estimated travel time.
 * @csspart status - Loading, empty and error messages, the estimate note and the count of ignored records.
 *
 * @cssproperty [--jlt-venue-finder-font-family=system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif] - Font.
 * @cssproperty [--jlt-venue-finder-text-color=#1a1a1a] - Text colour.
 * @cssproperty [--jlt-venue-finder-muted-color=#4a5560] - Secondary text (themes, time, notes); keep ≥ 4.5:1 on the background.
 * @cssproperty [--jlt-venue-finder-background=#ffffff] - Background of the frame.
 * @cssproperty [--jlt-venue-finder-border-color=#6b7480] - Borders of the frame and of the items.
 * @cssproperty [--jlt-venue-finder-accent-color=#0b4f8a] - Background of the selected item and hover border.
 * @cssproperty [--jlt-venue-finder-selected-text-color=#ffffff] - Text of the selected item.
 * @cssproperty [--jlt-venue-finder-focus-color=#0b4f8a] - Keyboard focus ring.
 * @cssproperty [--jlt-venue-finder-error-color=#a4161a] - Error messages.
 * @cssproperty [--jlt-venue-finder-radius=0.5rem] - Corner radius.
 * @cssproperty [--jlt-venue-finder-padding=1rem] - Padding of the frame.
 * @cssproperty [--jlt-venue-finder-gap=0.5rem] - Space between items.
 *
 * @example
 * ```html
 * <script type="module" src="/assets/jiaolianti-widgets.js"></script>
 * <jlt-venue-finder lat="31.1925" lng="121.4366" minutes="15" src="/data/venues.json" lang="zh-CN"></jlt-venue-finder>
 * ```
 */
export class JltVenueFinder extends LitElement {
  static override styles = venueFinderStyles;

  static override properties: PropertyDeclarations = {
    lat: { converter: optionalNumber },
    lng: { converter: optionalNumber },
    crs: { reflect: true },
    minutes: { type: Number },
    mode: { reflect: true },
    theme: { reflect: true },
    src: {},
    value: { reflect: true },
    headingLevel: { type: Number, attribute: "heading-level" },
    venues: { attribute: false },
  };

  /** `lang` stays the native property; its attribute re-renders the widget. */
  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: `super` runs Lit's getter with this class as `this` (its own attributes).
    return [...super.observedAttributes, "lang"];
  }

  /** Latitude of the school, degrees (−90 to 90). Required. */
  declare lat: number | undefined;
  /** Longitude of the school, degrees (−180 to 180). Required. */
  declare lng: number | undefined;
  /**
   * Coordinate system of `lat`/`lng`: GPS/OpenStreetMap (`WGS84`), AMap/Tencent (`GCJ02`) or Baidu (`BD09`). Other
   * values show an error.
   */
  declare crs: CoordinateSystem;
  /** Time budget, minutes, above 0 and at most 240 (default 15: the 15-minute practice circle). */
  declare minutes: number;
  /** On foot (`walk`, 80 m/min) or by bicycle (`bike`, 250 m/min). Other values show an error. */
  declare mode: TravelMode;
  /** Only venues with this theme code (e.g. `science-technology`); empty or unset for all themes. */
  declare theme: VenueTheme | "" | undefined;
  /**
   * URL of a JSON array of venues, fetched when set; a change aborts the previous request. Ignored while the
   * `venues` property is set.
   */
  declare src: string | undefined;
  /** Id of the selected venue. */
  declare value: string | undefined;
  /** Level of the widget's heading (1–6), to fit the page's outline. */
  declare headingLevel: number;
  /**
   * Venues for script users: any array (e.g. `xuhuiVenues` of `@jiaolianti/core`); every record is validated like
   * data from `src`. Takes precedence over `src`.
   */
  declare venues: ReadonlyArray<unknown> | undefined;

  readonly #localize = new LocalizeController(this);
  readonly #source = new VenueSourceController(this);
  /** The last validated array and its result (validation runs once per new array, not once per render). */
  #parsedFrom: unknown;
  #parsed: PublicVenues | "not-an-array" | undefined;

  constructor() {
    super();
    this.crs = "WGS84";
    this.minutes = PRACTICE_CIRCLE_MINUTES;
    this.mode = "walk";
    this.headingLevel = 2;
  }

  /** Records of the current data that were ignored as invalid, with their index and reason. */
  get ignoredRecords(): ReadonlyArray<IgnoredRecord> {
    return typeof this.#parsed === "object" ? this.#parsed.ignored : [];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === "lang" && old !== value) this.requestUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has("src") || changed.has("venues"))
      this.#source.load(this.venues === undefined ? this.src : undefined);
  }

  /** The data in use (the `venues` property, else `src`), validated once per new array. */
  #data(): FinderData {
    let records: unknown;
    if (this.venues !== undefined) records = this.venues;
    else {
      const state = this.#source.state;
      if (state.status !== "loaded") {
        this.#parsedFrom = this.#parsed = undefined;
        if (state.status === "idle") return { status: "none" };
        if (state.status === "loading") return { status: "loading" };
        return { status: "failed", error: state.error };
      }
      records = state.records;
    }
    if (records !== this.#parsedFrom || this.#parsed === undefined) {
      const parsed = parsePublicVenues(records);
      this.#parsedFrom = records;
      this.#parsed = parsed.ok ? parsed.value : parsed.error;
    }
    return { status: "read", records: this.#parsed };
  }

  #select(reachable: ReachableVenue): void {
    const { venue, minutes } = reachable;
    const event = new CustomEvent<VenueSelectDetail>("jlt-venue-select", {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { id: venue.id, venue, minutes },
    });
    if (this.dispatchEvent(event)) this.value = venue.id;
  }

  #item(r: ReachableVenue, settings: FinderSettings, t: Translation): TemplateResult {
    const { venue } = r;
    const preferEn = t.$code === "en";
    const name = (preferEn ? (venue.nameEn ?? venue.nameZh) : (venue.nameZh ?? venue.nameEn)) ?? venue.id;
    const nameLang: Locale = name === venue.nameEn ? "en" : "zh-CN";
    const themes = venue.themes.map((code) => descriptorLabel(venueThemes[code], t.$code)).join(t.themeSeparator);
    const minutes = Math.max(1, Math.round(r.minutes));
    return html`<li>
      <button
        type="button"
        part="item"
        class="item"
        aria-pressed=${venue.id === this.value ? "true" : "false"}
        aria-describedby="note"
        @click=${() => this.#select(r)}
      >
        <span part="item-name" class="name" lang=${nameLang}>${name}</span>
        <span part="item-meta" class="meta">${themes}${t.metaSeparator}${t.trip(minutes, settings.mode)}</span>
      </button>
    </li>`;
  }

  #status(view: FinderView, t: Translation): TemplateResult {
    switch (view.kind) {
      case "problem":
        return html`<div part="status" class="status error" role="alert"><p>${problemMessage(view.problem, t)}</p></div>`;
      case "loading":
        return html`<div part="status" class="status" role="status"><p>${t.loading}</p></div>`;
      case "no-data":
        return html`<div part="status" class="status" role="status"><p>${t.noData}</p></div>`;
      case "list": {
        const { settings, shown, total, ignoredCount } = view;
        const theme = settings.theme ? descriptorLabel(venueThemes[settings.theme], t.$code) : undefined;
        return html`<div part="status" class="status" role="status">
          ${total === 0 ? html`<p>${t.empty(settings.minutes, settings.mode, theme)}</p>` : nothing}
          ${
            total > 0
              ? html`<p id="note">${t.estimateNote(DEFAULT_DETOUR_FACTOR, SPEED[settings.mode], settings.mode)}</p>`
              : nothing
          }
          ${total > shown.length ? html`<p>${t.capped(shown.length, total)}</p>` : nothing}
          ${ignoredCount > 0 ? html`<p class="ignored">${t.ignored(ignoredCount)}</p>` : nothing}
        </div>`;
      }
    }
  }

  override render(): TemplateResult {
    const t = this.#localize.translation();
    const view = finderView(
      finderSettings({
        lat: this.lat,
        lng: this.lng,
        crs: this.crs,
        minutes: this.minutes,
        mode: this.mode,
        theme: this.theme,
      }),
      this.#data(),
    );
    const level =
      Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 2;
    const heading =
      view.kind === "list"
        ? t.heading(
            view.settings.minutes,
            view.settings.mode,
            view.settings.theme ? descriptorLabel(venueThemes[view.settings.theme], t.$code) : undefined,
          )
        : t.title;
    return html`<div part="base" class="base" lang=${t.$code}>
      <div part="heading" class="heading" id="heading" role="heading" aria-level=${level}>${heading}</div>
      ${
        view.kind === "list" && view.shown.length > 0
          ? html`<ul part="list" class="list" aria-labelledby="heading">
              ${repeat(
                view.shown,
                (r) => r.venue.id,
                (r) => this.#item(r, view.settings, t),
              )}
            </ul>`
          : nothing
      }
      ${this.#status(view, t)}
    </div>`;
  }
}
