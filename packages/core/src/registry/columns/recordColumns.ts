import { RecordStatus } from "../../model/common/RecordStatus.js";
import { dateTimeCodec } from "../codecs/dateTimeCodec.js";
import { enumCodec } from "../codecs/enumCodec.js";
import { idCodec } from "../codecs/idCodec.js";
import { recordStatusLabels } from "./codeListLabels.js";
import type { RegistryColumn } from "./RegistryColumn.js";

/**
 * The three columns every registry starts with — 编号 (`id`), 状态 (`status`), 最后修改时间 (`dateLastModified`) — the
 * OneRoster base fields every record carries for delta sync.
 *
 * @example
 * ```ts
 * import { recordColumns } from "@jiaolianti/core";
 * recordColumns.map((c) => c.headerZh); // ["编号", "状态", "最后修改时间"]
 * ```
 */
export const recordColumns: ReadonlyArray<RegistryColumn> = [
  { key: "id", headerZh: "编号", headerEn: "ID", codec: idCodec, required: true },
  {
    key: "status",
    headerZh: "状态",
    headerEn: "Status",
    codec: enumCodec(RecordStatus.options, recordStatusLabels),
    required: true,
  },
  {
    key: "dateLastModified",
    headerZh: "最后修改时间",
    headerEn: "Last modified",
    codec: dateTimeCodec,
    required: true,
  },
];
