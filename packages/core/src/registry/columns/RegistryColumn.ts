import type { CellCodec } from "../codecs/CellCodec.js";

/**
 * One column of a registry spreadsheet, as data: where its value goes in the record (`key`, a dot path such as
 * `location.lat`), its Chinese and English headers, the codec that reads and writes its cells, and whether a file
 * must have it. Import matches a header by its Chinese or English text, or by the key itself.
 *
 * @example
 * ```ts
 * import { numberCodec, type RegistryColumn } from "@jiaolianti/core";
 * const lat: RegistryColumn = { key: "location.lat", headerZh: "纬度", headerEn: "Latitude", codec: numberCodec, required: true };
 * ```
 */
export interface RegistryColumn {
  /** Dot path into the (flattened) record, e.g. `"access.feePolicy"`. */
  readonly key: string;
  readonly headerZh: string;
  readonly headerEn: string;
  readonly codec: CellCodec<unknown>;
  /**
   * The file must have this column (import reports it missing, naming the header). Columns whose empty cell is valid
   * (optional fields, lists that may be empty) are not required.
   * @default false
   */
  readonly required?: boolean;
}

/** A problem an adapter finds while assembling a record from its flat columns, at a column key. */
export interface AdapterIssue {
  readonly key: string;
  readonly message: string;
  readonly messageZh: string;
}

/**
 * Reshapes a part of a record that columns cannot address directly — a tagged union such as a `ProviderRef`, whose id
 * field depends on its kind — between the record and flat columns, and maps the record's issue paths back to a column.
 *
 * @example
 * ```ts
 * import { providerRefAdapter } from "@jiaolianti/core";
 * const lead = providerRefAdapter("lead");
 * lead.toColumns({ lead: { kind: "venue", venueId: "xh-venue-001" } }); // { lead: { kind: "venue", id: "xh-venue-001" } }
 * ```
 */
export interface RowAdapter {
  /** Flat row object (as read from the columns) → record shape, with any issue found. */
  fromColumns(row: Readonly<Record<string, unknown>>): {
    readonly row: Record<string, unknown>;
    readonly issues: ReadonlyArray<AdapterIssue>;
  };
  /** Record → flat row object the columns read from. */
  toColumns(record: Readonly<Record<string, unknown>>): Record<string, unknown>;
  /** The column key an issue at `path` of the record belongs to, when this adapter owns that path. */
  columnKeyOf(path: ReadonlyArray<PropertyKey>): string | undefined;
}
