import { plainBytes } from '../lib/plainBytes';

/** Hands bytes to the browser as a download with the given file name. */
export function downloadInBrowser(fileName: string, bytes: Uint8Array, mimeType: string): void {
  // A Blob takes only the view's own bytes, never the rest of a larger buffer behind it.
  const blob = new Blob([plainBytes(bytes)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some engines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
