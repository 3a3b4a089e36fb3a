/**
 * Offers a file for download (an object URL and a link with `download`), as a static page
 * can: nothing leaves the browser.
 *
 * @param name - the file name
 * @param mime - its media type
 * @param content - its text (written as UTF-8) or its bytes
 */
export function download(name: string, mime: string, content: string | Uint8Array): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type: typeof content === "string" ? `${mime};charset=utf-8` : mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
