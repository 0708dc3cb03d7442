import { mapSampleToBundle, type RecordStamper } from '../domain/sample/mapSample';
import { sampleFileSchema } from '../domain/sample/sampleFormat';
import type { TourBundle } from '../domain/tourBundle';

/** A tour read from a file, with the file's own event ids mapped to the bundle's (for --event). */
export interface LoadedTour {
  format: string;
  bundle: TourBundle;
  eventAliases: ReadonlyMap<string, string>;
  /** The attachments' file bytes by id, where the file held them (a backup): the writer need not read the Blobs back. */
  attachmentBytes?: ReadonlyMap<string, Uint8Array>;
}

/** One file format the exporter understands. New formats (backups) are added to TOUR_FILE_READERS. */
export interface TourFileReader {
  format: string;
  /** Cheap check on the parsed JSON: is this file meant to be in this format? */
  recognises(json: unknown): boolean;
  /** Full validation and mapping; throws TourFileError on invalid content. */
  read(json: unknown, stamper: RecordStamper): LoadedTour;
}

export class TourFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TourFileError';
  }
}

const formatOf = (json: unknown): unknown =>
  typeof json === 'object' && json !== null && 'format' in json
    ? (json as { format: unknown }).format
    : undefined;

const sampleReader: TourFileReader = {
  format: 'study-tour-sample',
  recognises: (json) => formatOf(json) === 'study-tour-sample',
  read(json, stamper) {
    const parsed = sampleFileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TourFileError(
        `Not a valid study-tour-sample file: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`,
      );
    }
    const bundle = mapSampleToBundle(parsed.data, stamper);
    // The importer keeps the order of the events, so the n-th sample event is the n-th record.
    const eventAliases = new Map(
      parsed.data.events.flatMap((event, i) => {
        const id = bundle.events[i]?.id;
        return id === undefined ? [] : [[event.id, id] as const];
      }),
    );
    return { format: this.format, bundle, eventAliases };
  },
};

export const TOUR_FILE_READERS: readonly TourFileReader[] = [sampleReader];

/** Parses a tour file's text with the first reader that recognises it. */
export function loadTourFile(text: string, stamper: RecordStamper): LoadedTour {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TourFileError(`The file is not JSON: ${(error as Error).message}`);
  }
  const reader = TOUR_FILE_READERS.find((candidate) => candidate.recognises(json));
  if (!reader) {
    const known = TOUR_FILE_READERS.map((r) => r.format).join(', ');
    throw new TourFileError(`Unknown file format "${String(formatOf(json))}"; known formats: ${known}`);
  }
  return reader.read(json, stamper);
}
