import { useState, useSyncExternalStore } from 'react';
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

/** What receives each prepared photo, with the file it was made from. */
export type PhotoReceiver = (photo: NewPhoto, source: File) => void | Promise<void>;

interface IntakeState {
  pending: readonly PendingPhoto[];
  refused: readonly RefusedPhoto[];
}

/**
 * The photos being prepared for one form, outside React state: the progress of each step
 * re-renders only the progress list (PhotoPicker), not the whole form, whose main-thread work
 * would otherwise add up to long tasks while a large photo is prepared.
 */
export class PhotoIntake {
  private state: IntakeState = { pending: [], refused: [] };
  private readonly listeners = new Set<() => void>();
  // Batches chosen while another is running queue behind it: one large bitmap in memory at a time.
  private queue: Promise<void> = Promise.resolve();

  /**
   * `onPhoto` gets each prepared photo with the file it came from; when it returns a promise (the
   * photo trays store each photo at once), the photo counts as pending until it settles, and a
   * failure there refuses the photo like a broken one.
   */
  constructor(private readonly onPhoto: PhotoReceiver) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly snapshot = () => this.state;

  private update(change: Partial<IntakeState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  private setStage(key: string, stage: PhotoStage): void {
    this.update({
      pending: this.state.pending.map((entry) => (entry.key === key ? { ...entry, stage } : entry)),
    });
  }

  take(files: readonly File[]): void {
    if (files.length === 0) return;
    const batch = files.map((file) => ({ file, key: crypto.randomUUID() }));
    this.update({
      refused: [],
      pending: [
        ...this.state.pending,
        ...batch.map(({ file, key }) => ({ key, fileName: file.name, stage: 'waiting' as const })),
      ],
    });
    this.queue = this.queue.then(() => this.prepare(batch));
  }

  private async prepare(batch: readonly { file: File; key: string }[]): Promise<void> {
    const { openPhotoPreparer } = await import('../images/preparePhotos');
    const preparer = openPhotoPreparer();
    try {
      for (const { file, key } of batch) {
        let refused: RefusedPhoto | null = null;
        try {
          await this.onPhoto(await preparer.prepare(file, (stage) => this.setStage(key, stage)), file);
        } catch (cause) {
          if (!(cause instanceof ImageImportError)) console.error(cause);
          refused = {
            fileName: file.name,
            problem: cause instanceof ImageImportError ? cause.problem : 'broken',
          };
        }
        this.update({
          pending: this.state.pending.filter((entry) => entry.key !== key),
          refused: refused ? [...this.state.refused, refused] : this.state.refused,
        });
      }
    } finally {
      preparer.close();
    }
  }
}

/** The intake of one form; `onPhoto` receives each photo as soon as it is ready. */
export function usePhotoIntake(onPhoto: PhotoReceiver): PhotoIntake {
  const [intake] = useState(() => new PhotoIntake(onPhoto));
  return intake;
}

/** Every pending and refused photo: for the progress list. */
export function useIntakeState(intake: PhotoIntake): IntakeState {
  return useSyncExternalStore(intake.subscribe, intake.snapshot);
}

/** Only how many photos are still being prepared: the form re-renders when that number changes. */
export function usePendingCount(intake: PhotoIntake): number {
  return useSyncExternalStore(intake.subscribe, () => intake.snapshot().pending.length);
}

/** The photos refused so far (the form names them again when it closes on save). */
export function refusedPhotos(intake: PhotoIntake): readonly RefusedPhoto[] {
  return intake.snapshot().refused;
}
