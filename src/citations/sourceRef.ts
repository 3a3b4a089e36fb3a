import { type ZodType, enum as zEnum, strictObject as object, string } from "zod";

/**
 * How a value was read: `primary` (read in the publication itself), `officialDatabase` (the
 * publisher's own database of the tables), `authorData` (the authors' released data for the
 * table), `agreedTranscriptions` (two or more independent transcriptions agree; publication not
 * read), `secondary` (quoted by another publication, named in `via`), `userSupplied`, `derived`
 * (computed by cobenefits from other cited values, e.g. the sulphur mass balance).
 * @category Citations
 */
export const QUALITY = ["primary", "officialDatabase", "authorData", "agreedTranscriptions", "secondary", "userSupplied", "derived"] as const;

/**
 * A data-quality flag; see {@link QUALITY}.
 * @category Citations
 */
export type Quality = (typeof QUALITY)[number];

/**
 * Where a number comes from: a citation id in the registry, the table, and the page if known.
 * @category Citations
 */
export interface SourceRef {
  readonly id: string;
  readonly table: string;
  readonly page?: string;
}

/**
 * Zod schema of a {@link SourceRef}.
 * @category Citations
 */
export const sourceRefSchema: ZodType<SourceRef> = object({
  id: string().min(1),
  table: string().min(1),
  page: string().min(1).optional(),
}) as ZodType<SourceRef>;

/**
 * Where a stored number comes from and how it was read: shared by factor rows, NCVs and grid factors.
 * @category Citations
 */
export interface Provenance {
  readonly source: SourceRef;
  readonly quality: Quality;
  /** The secondary publication or data set through which the value was read, when not primary. */
  readonly via?: string;
  /** What is odd or worth knowing about the value as published. */
  readonly note?: string;
}

/**
 * The zod fields of a {@link Provenance}, to spread into a row schema.
 * @category Citations
 */
export const provenanceShape = {
  source: sourceRefSchema,
  quality: zEnum(QUALITY),
  via: string().min(1).optional(),
  note: string().min(1).optional(),
};
