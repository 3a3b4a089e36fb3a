import { type ZodType, number, strictObject as object, string } from "zod";
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from "./inputTextIssues.js";

/**
 * A minimum citation: who, what, where, when, and how to find it (pvlib's rule).
 * @category Citations
 */
export interface Citation {
  /** Stable id used by `source.id` in factor rows and metric values, e.g. `"EMEP-EEA-2019-1A4"`. */
  readonly id: string;
  /** Authors, or the organisation that issued the publication. */
  readonly authors: string;
  readonly title: string;
  /** Publisher, journal, or series. */
  readonly publisher: string;
  readonly year: number;
  readonly doi?: string;
  readonly url?: string;
  /** What part of the publication is meant, or how it was read. */
  readonly note?: string;
}

const text = () => string().max(MAX_TEXT_LENGTH, `at most ${MAX_TEXT_LENGTH} characters`);

/**
 * Zod schema of a {@link Citation}; at least one of `doi` or `url` is required. The id is at most
 * `MAX_ID_LENGTH` (200) characters, every text field at most `MAX_TEXT_LENGTH` (2000).
 * @category Citations
 */
export const citationSchema: ZodType<Citation> = object({
  id: string().max(MAX_ID_LENGTH, `at most ${MAX_ID_LENGTH} characters`).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "expected an id of letters, digits, '.', '_' or '-'"),
  authors: text().min(1),
  title: text().min(1),
  publisher: text().min(1),
  year: number().int().min(1800).max(2100),
  doi: text().regex(/^10\.\d{4,9}\/\S+$/, "expected a DOI such as 10.2800/293657").optional(),
  url: text().url().optional(),
  note: text().optional(),
}).refine((c) => c.doi !== undefined || c.url !== undefined, {
  message: "a citation needs a doi or a url so a reader can find it",
  path: ["doi"],
}) as ZodType<Citation>;

/**
 * A citation as one line of text: `Authors (year). Title. Publisher.` then the DOI or URL.
 *
 * @param c - the citation
 * @returns the reference text
 * @example
 * ```ts
 * import { formatCitation, getCitation } from "cobenefits";
 * formatCitation(getCitation("IPCC2006-V2-Ch2")).includes("(2006)"); // true
 * ```
 * @category Citations
 */
export function formatCitation(c: Citation): string {
  return `${c.authors} (${c.year}). ${c.title}. ${c.publisher}.${c.doi === undefined ? "" : ` doi:${c.doi}`}${c.url === undefined ? "" : ` ${c.url}`}`;
}
