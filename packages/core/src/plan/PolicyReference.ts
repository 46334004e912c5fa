import { z } from "zod";
import { boundedText, TEXT_MAX } from "../model/common/boundedText.js";

/**
 * A law, regulation or policy document a plan cites, with its issuer where the text names one.
 *
 * @example
 * ```ts
 * import { PolicyReference } from "@jiaolianti/core";
 * PolicyReference.parse({ titleZh: "《中华人民共和国家庭教育促进法》", titleEn: "Family Education Promotion Law of the PRC" });
 * ```
 */
export const PolicyReference = z.object({
  titleZh: boundedText(TEXT_MAX.name),
  titleEn: boundedText(TEXT_MAX.name),
  issuerZh: boundedText(TEXT_MAX.name).optional(),
  issuerEn: boundedText(TEXT_MAX.name).optional(),
});
/** A policy reference. */
export type PolicyReference = z.infer<typeof PolicyReference>;
