import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitWithin } from '../../../renderer/domain/images/fitWithin';
import { jpegFileName, MAX_IMAGE_BYTES, precheckImage } from '../../../renderer/domain/images/imageRules';

describe('image downscaling size', () => {
  it('scales a landscape photo to 2000 px on the long side, keeping 3:2', () => {
    expect(fitWithin({ width: 6000, height: 4000 }, 2000)).toEqual({ width: 2000, height: 1333 });
  });

  it('scales a portrait photo by its height', () => {
    expect(fitWithin({ width: 3024, height: 4032 }, 2000)).toEqual({ width: 1500, height: 2000 });
  });

  it('never scales a small image up', () => {
    expect(fitWithin({ width: 800, height: 600 }, 2000)).toEqual({ width: 800, height: 600 });
  });

  it('keeps a very thin panorama at least one pixel high', () => {
    expect(fitWithin({ width: 100000, height: 3 }, 320)).toEqual({ width: 320, height: 1 });
  });

  it('refuses sizes that are not an image', () => {
    expect(() => fitWithin({ width: 0, height: 10 }, 2000)).toThrow(RangeError);
    expect(() => fitWithin({ width: 10, height: 10 }, 0)).toThrow(RangeError);
  });

  it('keeps the aspect ratio within rounding for any size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 16, max: 4000 }),
        (width, height, max) => {
          const fitted = fitWithin({ width, height }, max);
          expect(Math.max(fitted.width, fitted.height)).toBe(Math.min(max, Math.max(width, height)));
          expect(fitted.width).toBeGreaterThanOrEqual(1);
          expect(fitted.height).toBeGreaterThanOrEqual(1);
          // The shorter side is off by at most half a pixel (plus the 1 px floor).
          if (width >= height) {
            expect(Math.abs(fitted.height - (height * fitted.width) / width)).toBeLessThanOrEqual(1);
          } else {
            expect(Math.abs(fitted.width - (width * fitted.height) / height)).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});

describe('image file checks before decoding', () => {
  it('refuses files over 25 MB, empty files, non-images and SVG', () => {
    expect(precheckImage({ name: 'a.jpg', size: MAX_IMAGE_BYTES + 1, type: 'image/jpeg' })).toBe('tooLarge');
    expect(precheckImage({ name: 'a.jpg', size: 0, type: 'image/jpeg' })).toBe('broken');
    expect(precheckImage({ name: 'law.pdf', size: 10, type: 'application/pdf' })).toBe('notAnImage');
    expect(precheckImage({ name: 'logo.svg', size: 10, type: 'image/svg+xml' })).toBe('notAnImage');
  });

  it('accepts photos, also when the browser gives no type but the name says image', () => {
    expect(precheckImage({ name: 'a.jpg', size: MAX_IMAGE_BYTES, type: 'image/jpeg' })).toBeNull();
    expect(precheckImage({ name: 'IMG_1.PNG', size: 10, type: '' })).toBeNull();
  });

  it('names the stored photo as a JPEG', () => {
    expect(jpegFileName('IMG_2040.HEIC')).toBe('IMG_2040.jpg');
    expect(jpegFileName('reception.room.png')).toBe('reception.room.jpg');
    expect(jpegFileName('.png')).toBe('photo.jpg');
  });
});
