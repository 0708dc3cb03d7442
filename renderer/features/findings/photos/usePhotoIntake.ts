import { useRef, useState } from 'react';
import type { NewPhoto } from '../../../db/findings';
import { ImageImportError, type ImageProblem } from '../../../domain/images/imageRules';
import type { PhotoStage } from '../images/downscaleImage';

/** A chosen file still being prepared. */
export interface PendingPhoto {
  key: string;
  fileName: string;
  stage: PhotoStage;
}

/** A chosen file that cannot be used, and why. */
export interface RefusedPhoto {
  fileName: string;
  problem: ImageProblem;
}

export interface PhotoIntake {
  pending: readonly PendingPhoto[];
  refused: readonly RefusedPhoto[];
  take(files: readonly File[]): void;
}

/**
 * Prepares chosen photos one by one (in a worker) and hands each to `onPhoto` as soon as it is
 * ready; the form reads `pending` to wait before saving, and `refused` to name what was left out.
 */
export function usePhotoIntake(onPhoto: (photo: NewPhoto) => void): PhotoIntake {
  const [pending, setPending] = useState<PendingPhoto[]>([]);
  const [refused, setRefused] = useState<RefusedPhoto[]>([]);
  // Batches chosen while another is running queue behind it: one large bitmap in memory at a time.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const take = (files: readonly File[]) => {
    if (files.length === 0) return;
    const batch = files.map((file) => ({ file, key: crypto.randomUUID() }));
    setRefused([]);
    setPending((old) => [
      ...old,
      ...batch.map(({ file, key }) => ({ key, fileName: file.name, stage: 'waiting' as const })),
    ]);
    const setStage = (key: string, stage: PhotoStage) =>
      setPending((old) => old.map((entry) => (entry.key === key ? { ...entry, stage } : entry)));
    const finish = (key: string) => setPending((old) => old.filter((entry) => entry.key !== key));

    queue.current = queue.current.then(async () => {
      const { openPhotoPreparer } = await import('../images/preparePhotos');
      const preparer = openPhotoPreparer();
      try {
        for (const { file, key } of batch) {
          try {
            const photo = await preparer.prepare(file, (stage) => setStage(key, stage));
            onPhoto(photo);
          } catch (cause) {
            if (!(cause instanceof ImageImportError)) console.error(cause);
            const problem = cause instanceof ImageImportError ? cause.problem : 'broken';
            setRefused((old) => [...old, { fileName: file.name, problem }]);
          } finally {
            finish(key);
          }
        }
      } finally {
        preparer.close();
      }
    });
  };

  return { pending, refused, take };
}
