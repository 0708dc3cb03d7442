/** Hands bytes to the browser as a download with the given file name. */
export function downloadInBrowser(fileName: string, bytes: Uint8Array, mimeType: string): void {
  // Copy into a fresh ArrayBuffer: a view over a larger or shared buffer must not leak extra bytes.
  const blob = new Blob([bytes.slice().buffer], { type: mimeType });
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
