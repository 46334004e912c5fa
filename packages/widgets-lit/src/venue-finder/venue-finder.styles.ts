import { css } from "lit";

/**
 * Styles of `<jlt-venue-finder>`. Every colour is a component-scoped custom property whose default meets WCAG 2.2 AA
 * against the default background (text ≥ 4.5:1, focus ring and borders ≥ 3:1); `forced-colors` keeps the selection
 * visible in Windows high-contrast mode.
 */
export const venueFinderStyles = css`
  :host {
    display: block;
    font-family: var(--jlt-venue-finder-font-family, system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif);
    color: var(--jlt-venue-finder-text-color, #1a1a1a);
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    box-sizing: border-box;
    background: var(--jlt-venue-finder-background, #ffffff);
    border: 1px solid var(--jlt-venue-finder-border-color, #6b7480);
    border-radius: var(--jlt-venue-finder-radius, 0.5rem);
    padding: var(--jlt-venue-finder-padding, 1rem);
  }

  .heading {
    margin: 0 0 0.75rem;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.4;
  }

  .list {
    display: grid;
    gap: var(--jlt-venue-finder-gap, 0.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    gap: 0.125rem;
    box-sizing: border-box;
    width: 100%;
    margin: 0;
    padding: 0.5rem 0.75rem;
    font: inherit;
    text-align: start;
    color: inherit;
    background: transparent;
    border: 1px solid var(--jlt-venue-finder-border-color, #6b7480);
    border-radius: calc(var(--jlt-venue-finder-radius, 0.5rem) / 2);
    cursor: pointer;
  }

  .item:hover {
    border-color: var(--jlt-venue-finder-accent-color, #0b4f8a);
  }

  .item:focus-visible {
    outline: 3px solid var(--jlt-venue-finder-focus-color, #0b4f8a);
    outline-offset: 2px;
  }

  .item[aria-pressed="true"] {
    color: var(--jlt-venue-finder-selected-text-color, #ffffff);
    background: var(--jlt-venue-finder-accent-color, #0b4f8a);
    border-color: var(--jlt-venue-finder-accent-color, #0b4f8a);
  }

  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .meta {
    font-size: 0.875em;
    color: var(--jlt-venue-finder-muted-color, #4a5560);
  }

  .item[aria-pressed="true"] .meta {
    color: inherit;
  }

  .status {
    margin: 0.75rem 0 0;
    font-size: 0.875em;
    color: var(--jlt-venue-finder-muted-color, #4a5560);
  }

  .status p {
    margin: 0.25rem 0 0;
  }

  .status.error {
    color: var(--jlt-venue-finder-error-color, #a4161a);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .item[aria-pressed="true"] {
      border: 3px double CanvasText;
    }
  }
`;
