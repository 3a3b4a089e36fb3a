import { type ZodType, object, string } from "zod";

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
