import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nativeInflate } from '../../../renderer/cli/nativeCodecs';
import { InflatedSizeError } from '../../../renderer/lib/zip/inflateLimited';

// The CLI reads backups with Node's zlib in place of fflate: the same limits hold.
describe('nativeInflate (the CLI exporter reading a backup)', () => {
  const zeros = zipSync({ z: new Uint8Array(32 * 1024 * 1024) }, { level: 9 });
  // The deflated data of the only entry: after the 30-byte local header and the 1-byte name.
  const compressed = zeros.subarray(31, 31 + new DataView(zeros.buffer).getUint32(18, true));

  it('inflates exactly the declared size', () => {
    expect(nativeInflate(compressed, 32 * 1024 * 1024)).toHaveLength(32 * 1024 * 1024);
  });

  it('refuses output past the declared size (a zip bomb), and output short of it', () => {
    expect(() => nativeInflate(compressed, 1000)).toThrow(InflatedSizeError);
    expect(() => nativeInflate(compressed, 33 * 1024 * 1024)).toThrow(InflatedSizeError);
  });

  it('inflates an empty entry', () => {
    const empty = zipSync({ z: new Uint8Array(0) }, { level: 9 });
    const data = empty.subarray(31, 31 + new DataView(empty.buffer).getUint32(18, true));
    expect(nativeInflate(data, 0)).toHaveLength(0);
  });
});
