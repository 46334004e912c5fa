/**
 * A namespaced code-list entry (Ed-Fi "descriptor"): a stable `codeValue` inside a `namespace`, with labels in
 * Chinese and English for display.
 */
export interface Descriptor<Code extends string = string> {
  /** Namespace URI of the code list, e.g. `"uri://jiaolianti.org/VenueThemeDescriptor"`. */
  readonly namespace: string;
  /** Stable machine value, kebab-case. */
  readonly codeValue: Code;
  /** Display label, zh-CN. */
  readonly labelZh: string;
  /** Display label, en. */
  readonly labelEn: string;
}

/** Supported display locales. */
export type Locale = "zh-CN" | "en";

/**
 * The label of a descriptor in a locale (zh-CN falls back to en and vice versa, never to a bare code).
 *
 * @example
 * ```ts
 * import { descriptorLabel, venueThemes } from "@jiaolianti/core";
 * descriptorLabel(venueThemes["red-culture"], "en"); // "Red culture"
 * ```
 */
export const descriptorLabel = (d: Descriptor, locale: Locale): string =>
  (locale === "zh-CN" ? d.labelZh : d.labelEn) || d.labelEn || d.labelZh;
