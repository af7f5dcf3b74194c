/** How long a download's Blob URL is kept: the browser has the file long before, even on a slow disk. */
const KEEP_URL_MS = 60_000;

/**
 * Saves parts (text or Blobs) as a file through a Blob URL and a temporary `<a download>`: no `downloads`
 * permission, nothing leaves the page.
 */
export function downloadParts(parts: readonly BlobPart[], fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([...parts], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
