import { en } from "./en.js";
import type { Translation } from "./Translation.js";
import { zhCN } from "./zh-CN.js";

/**
 * The tables by lower-case language tag. `zh` (and so `zh-Hans`, `zh-TW` … until they get their own table) falls back
 * to zh-CN; anything else falls back to English.
 */
const TABLES: Readonly<Record<string, Translation>> = { "zh-cn": zhCN, zh: zhCN, en };

/**
 * The translation table for a BCP 47 language tag, by the fallback chain exact tag → primary language → `en`
 * (e.g. `zh-CN` → zh-CN table; `zh-Hant-HK` → `zh` → zh-CN table; `fr-CA` → `fr` → `en`). Case and `_` are tolerated.
 *
 * @example
 * ```ts
 * translationFor("zh-cn").$code; // "zh-CN"
 * translationFor("de").$code; // "en"
 * ```
 */
export const translationFor = (lang: string | null | undefined): Translation => {
  const tag = (lang ?? "").trim().toLowerCase().replaceAll("_", "-");
  const primary = tag.split("-")[0] ?? "";
  return (
    (Object.hasOwn(TABLES, tag) ? TABLES[tag] : undefined) ??
    (Object.hasOwn(TABLES, primary) ? TABLES[primary] : undefined) ??
    en
  );
};
