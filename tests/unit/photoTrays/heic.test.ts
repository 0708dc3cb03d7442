import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isHeic, precheckImage } from '../../../renderer/domain/images/imageRules';
import { downscaleImage } from '../../../renderer/features/findings/images/downscaleImage';
import { PhotoIntake } from '../../../renderer/features/findings/photos/usePhotoIntake';

/** The start of an iPhone HEIC file: an ISO-BMFF "ftyp" box of brand heic. */
const HEIC_START = Uint8Array.from([0, 0, 0, 24, ...[...'ftypheic'].map((c) => c.charCodeAt(0)), 0, 0, 0, 0]);

const heic = (name: string, type = '') => new File([HEIC_START.slice().buffer], name, { type });

/** What the photo intake finally refused, once nothing is pending. */
function refusedWhenDone(intake: PhotoIntake) {
  return new Promise<readonly { fileName: string; problem: string }[]>((resolve) => {
    const check = () => {
      const { pending, refused } = intake.snapshot();
      if (pending.length === 0 && refused.length > 0) resolve(refused);
    };
    intake.subscribe(check);
    check();
  });
}

describe('HEIC photos', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are recognised by type or name, even when the system names no type', () => {
    expect(isHeic({ name: 'IMG_2040.HEIC', type: '' })).toBe(true);
    expect(isHeic({ name: 'photo', type: 'image/heif' })).toBe(true);
    expect(isHeic({ name: 'IMG_2040.jpg', type: 'image/jpeg' })).toBe(false);
    // They reach the decoder (and its clear message) instead of "not a photo".
    expect(precheckImage({ name: 'IMG_2040.HEIC', size: 100, type: '' })).toBeNull();
    expect(precheckImage({ name: 'IMG_2040.heic', size: 100, type: 'application/octet-stream' })).toBeNull();
  });

  it('that the engine cannot decode are refused as HEIC, not as broken files', async () => {
    vi.stubGlobal('createImageBitmap', () =>
      Promise.reject(new DOMException('cannot decode', 'InvalidStateError')),
    );
    await expect(downscaleImage(heic('IMG_2040.HEIC'))).rejects.toMatchObject({ problem: 'heic' });
    await expect(downscaleImage(heic('IMG_2041.jpg', 'image/jpeg'))).rejects.toMatchObject({
      problem: 'broken',
    });
  });

  it('are named in the import with the HEIC message; nothing is stored for them', async () => {
    vi.stubGlobal('createImageBitmap', () =>
      Promise.reject(new DOMException('cannot decode', 'InvalidStateError')),
    );
    const received: string[] = [];
    const intake = new PhotoIntake((photo) => {
      received.push(photo.fileName);
    });
    intake.take([heic('IMG_2040.HEIC', 'image/heic')]);
    expect(await refusedWhenDone(intake)).toEqual([{ fileName: 'IMG_2040.HEIC', problem: 'heic' }]);
    expect(received).toEqual([]);
  });

  it('get a message in every interface language that says HEIC and what to do', () => {
    for (const language of ['ru', 'be', 'en', 'hu']) {
      const ui = JSON.parse(
        readFileSync(new URL(`../../../locales/ui/${language}.json`, import.meta.url), 'utf8'),
      ) as {
        findings: { photos: { errors: Record<string, string> } };
      };
      const message = ui.findings.photos.errors.heic ?? '';
      expect(message, language).toContain('HEIC');
      expect(message, language).toContain('JPEG');
      expect(message, language).toContain('{{name}}');
    }
  });
});
