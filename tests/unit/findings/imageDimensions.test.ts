import { describe, expect, it } from 'vitest';
import { hasTooManyPixels, readImageDimensions } from '../../../renderer/domain/images/imageDimensions';

const be32 = (value: number) => [
  (value >>> 24) & 255,
  (value >>> 16) & 255,
  (value >>> 8) & 255,
  value & 255,
];
const le16 = (value: number) => [value & 255, (value >>> 8) & 255];
const le32 = (value: number) => [...le16(value & 0xffff), ...le16(value >>> 16)];
const be16 = (value: number) => [(value >>> 8) & 255, value & 255];
const bytes = (...parts: number[][]) => new Uint8Array(parts.flat());

const png = (width: number, height: number) =>
  bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    be32(13),
    [0x49, 0x48, 0x44, 0x52],
    be32(width),
    be32(height),
    [8, 6, 0, 0, 0],
  );

/** A JPEG as cameras write it: an EXIF segment of some size before the frame header. */
const jpeg = (width: number, height: number, exifBytes = 2000) =>
  bytes(
    [0xff, 0xd8],
    [0xff, 0xe1],
    be16(exifBytes + 2),
    new Array<number>(exifBytes).fill(0x45),
    [0xff, 0xdb],
    be16(4),
    [0, 1],
    [0xff, 0xc2],
    be16(11),
    [8],
    be16(height),
    be16(width),
    [1, 1, 0x11, 0],
    [0xff, 0xda],
  );

describe('image size from the header, before decoding', () => {
  it('reads PNG, JPEG (after its EXIF), GIF, BMP and WebP', () => {
    expect(readImageDimensions(png(20000, 20000))).toEqual({ width: 20000, height: 20000 });
    expect(readImageDimensions(jpeg(4000, 3000))).toEqual({ width: 4000, height: 3000 });
    expect(readImageDimensions(jpeg(4000, 3000, 60000))).toEqual({ width: 4000, height: 3000 });
    expect(readImageDimensions(bytes([0x47, 0x49, 0x46, 0x38, 0x39, 0x61], le16(640), le16(480)))).toEqual({
      width: 640,
      height: 480,
    });
    expect(
      readImageDimensions(
        bytes([0x42, 0x4d], new Array<number>(16).fill(0), le32(1024), le32(-768 >>> 0), [0, 0]),
      ),
    ).toEqual({ width: 1024, height: 768 });
    const vp8x = bytes(
      [0x52, 0x49, 0x46, 0x46],
      le32(30),
      [0x57, 0x45, 0x42, 0x50],
      [0x56, 0x50, 0x38, 0x58],
      le32(10),
      [0, 0, 0, 0],
      le32(12000 - 1).slice(0, 3),
      le32(9000 - 1).slice(0, 3),
    );
    expect(readImageDimensions(vp8x)).toEqual({ width: 12000, height: 9000 });
  });

  it('refuses a 20000×20000 picture and takes a 12-megapixel photo', () => {
    expect(hasTooManyPixels(png(20000, 20000))).toBe(true);
    expect(hasTooManyPixels(jpeg(65000, 65000))).toBe(true);
    expect(hasTooManyPixels(jpeg(4000, 3000))).toBe(false);
  });

  it('leaves the decision to the decoder when the header is unknown or cut short', () => {
    expect(readImageDimensions(png(20000, 20000).subarray(0, 18))).toBeNull();
    expect(readImageDimensions(jpeg(4000, 3000).subarray(0, 1000))).toBeNull();
    expect(readImageDimensions(new TextEncoder().encode('not an image at all'))).toBeNull();
    expect(hasTooManyPixels(new Uint8Array(0))).toBe(false);
  });
});
