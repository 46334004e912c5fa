import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";

/**
 * A text in Chinese and English. In plan data `zh` is quoted verbatim from the source document (the authority) and `en`
 * is a faithful summary or translation (a convenience, never the authority).
 *
 * @example
 * ```ts
 * import { LocalizedText } from "@jiaolianti/core";
 * LocalizedText.parse({ zh: "新增30个适合青少年学习探究的科学场所", en: "30 new science venues for young people" });
 * ```
 */
export const LocalizedText = z.object({
  zh: boundedText(TEXT_MAX.paragraph),
  en: boundedText(TEXT_MAX.paragraph),
});
/** A zh-CN + en text pair. */
export type LocalizedText = z.infer<typeof LocalizedText>;
