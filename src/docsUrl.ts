/**
 * The version of this package, written once here (a test compares it with package.json), so that
 * the documentation links in messages point to the guides of the version that printed them.
 * @category Errors
 */
export const COBENEFITS_VERSION = "0.1.0";

/**
 * The address of a guide shipped in the package (`docs/*.md`, listed in package.json `files`), as
 * the npm registry's file server unpkg serves it for this exact version: an absolute link that
 * works in any message, wherever the package is installed, and keeps pointing to the text of the
 * version that printed it.
 *
 * @param file - the guide's file name in docs/, e.g. `scenario-file-reference.md`
 * @param anchor - a heading anchor in it, without `#`
 * @returns the absolute URL
 * @example
 * ```ts
 * import { docsUrl } from "./docsUrl.js";
 * docsUrl("errors.md"); // "https://unpkg.com/cobenefits@0.1.0/docs/errors.md"
 * docsUrl("scenario-file-reference.md", "units"); // "https://unpkg.com/cobenefits@0.1.0/docs/scenario-file-reference.md#units"
 * ```
 * @category Errors
 */
export function docsUrl(file: string, anchor?: string): string {
  return `https://unpkg.com/cobenefits@${COBENEFITS_VERSION}/docs/${file}${anchor === undefined ? "" : `#${anchor}`}`;
}
