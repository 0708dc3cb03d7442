const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The zip with the uncompressed size of `path` rewritten in its central directory and local
 * header: what a crafted file declares, whatever its data really inflates to.
 */
export function declareSize(zip: Uint8Array, path: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const name = new TextEncoder().encode(path);
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) continue;
    const nameLength = view.getUint16(at + 28, true);
    const stored = bytes.subarray(at + 46, at + 46 + nameLength);
    if (stored.length !== name.length || !stored.every((byte, i) => byte === name[i])) continue;
    view.setUint32(at + 24, size, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) === LOCAL_HEADER) view.setUint32(local + 22, size, true);
    return bytes;
  }
  throw new Error(`${path} is not in the zip`);
}
