/**
 * The same bytes typed for Web APIs (Blob, crypto.subtle), which want an ArrayBuffer behind a view
 * where fflate and Node hand out `Uint8Array<ArrayBufferLike>`. Our bytes never live in shared
 * memory, so the view is passed on as it is: copying "to be safe" cost a quarter of a second per
 * copy of a tour's 60 MB of photos on the benchmark machine. Shared memory, should it ever come,
 * is copied.
 */
export function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
}
