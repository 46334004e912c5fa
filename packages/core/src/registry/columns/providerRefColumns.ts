import { ProviderRef } from "../../model/common/ProviderRef.js";
import { enumCodec } from "../codecs/enumCodec.js";
import { idCodec } from "../codecs/idCodec.js";
import { textCodec } from "../codecs/textCodec.js";
import { providerKindLabels } from "./codeListLabels.js";
import type { RegistryColumn } from "./RegistryColumn.js";

const KINDS = ProviderRef.options.map((o) => o.shape.kind.value);

/**
 * The four columns of a `ProviderRef` field (read with {@link providerRefAdapter}): `<label>类型` (学校/场所/人员/部门/
 * 街镇/其他机构), `<label>编号` (for all but an organisation), `<label>名称` and `<label>英文名称` (for an organisation).
 *
 * @param field - the record field, e.g. `"provider"`.
 * @param label - the column label stem in Chinese and English, e.g. `{ zh: "提供方", en: "Provider" }`.
 * @example
 * ```ts
 * import { providerRefColumns } from "@jiaolianti/core";
 * providerRefColumns("lead", { zh: "牵头方", en: "Lead" }).map((c) => c.headerZh);
 * // ["牵头方类型", "牵头方编号", "牵头方名称", "牵头方英文名称"]
 * ```
 */
export const providerRefColumns = (
  field: string,
  label: { readonly zh: string; readonly en: string },
): ReadonlyArray<RegistryColumn> => [
  {
    key: `${field}.kind`,
    headerZh: `${label.zh}类型`,
    headerEn: `${label.en} type`,
    codec: enumCodec(KINDS, providerKindLabels),
    required: true,
  },
  { key: `${field}.id`, headerZh: `${label.zh}编号`, headerEn: `${label.en} ID`, codec: idCodec },
  { key: `${field}.nameZh`, headerZh: `${label.zh}名称`, headerEn: `${label.en} name`, codec: textCodec },
  {
    key: `${field}.nameEn`,
    headerZh: `${label.zh}英文名称`,
    headerEn: `${label.en} name (English)`,
    codec: textCodec,
  },
];
