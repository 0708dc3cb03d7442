/**
 * The command-line exporter: the same model builder and writers as the Documents screen.
 *
 *   npm run export -- --input <file.json> --doc report|programme|contacts|memo|brief [--event ID]
 *                     --lang ru|be|en|hu [--preset ID] [--all-findings] [--draft] --out FILE.docx
 *   npm run export -- --input <file> --doc xliff --lang en [--from ru] [--texts all|missing] … --out FILE.xlf
 *
 * An encrypted backup is opened with the passphrase in the file named by --passphrase-file, or in
 * the environment variable DELEGATION_DESK_PASSPHRASE, or with the recovery key of the laptop that
 * made it (--recovery-key-file, DELEGATION_DESK_RECOVERY_KEY): never on the command line itself
 * (backupSecrets.ts).
 */
import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { readBackupSecrets, SECRETS_USAGE, type BackupSecretFiles } from './backupSecrets';
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../domain/entities';
import { buildDocument, DocumentRequestError } from '../domain/documents/buildDocument';
import { DOCUMENT_KINDS, type DocumentKind } from '../domain/documents/model';
import { PRESET_IDS, defaultPresetFor, isPresetId } from '../export/docx/presets';
import { writeDocxChunks } from '../export/docx/writeDocument';
import { loadBackupFile, looksLikeBackup } from './loadBackupFile';
import { nativeCrc32, nativeDeflateRaw } from './nativeCodecs';
import type { RecordStamper } from '../domain/sample/mapSample';
import { loadTourFile, TourFileError, type LoadedTour } from './loadTourFile';
import { XLIFF_USAGE, XliffRequestError, exportXliff, xliffCliOptions } from './xliffCli';

const USAGE = `Usage: npm run export -- --input FILE.json|FILE.ddbackup --doc ${DOCUMENT_KINDS.join('|')} [--event ID]
       --lang ${LANGUAGES.join('|')} [--preset ${PRESET_IDS.join('|')}] [--all-findings] [--draft] --out FILE.docx
${XLIFF_USAGE}
${SECRETS_USAGE}`;

class UsageError extends Error {}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: 'string' },
      doc: { type: 'string' },
      event: { type: 'string' },
      lang: { type: 'string' },
      preset: { type: 'string' },
      out: { type: 'string' },
      'all-findings': { type: 'boolean', default: false },
      draft: { type: 'boolean', default: false },
      from: { type: 'string' },
      texts: { type: 'string' },
      kind: { type: 'string' },
      'key-point': { type: 'string' },
      'passphrase-file': { type: 'string' },
      'recovery-key-file': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return null;
  if (!values.input) throw new UsageError('--input is required');
  if (!values.out) throw new UsageError('--out is required');
  if (!isOneOf<Language>(LANGUAGES, values.lang))
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  if (values.doc === 'xliff') {
    try {
      return {
        input: values.input,
        out: values.out,
        kind: 'xliff' as const,
        secrets: { passphraseFile: values['passphrase-file'], recoveryKeyFile: values['recovery-key-file'] },
        xliff: xliffCliOptions({ ...values, lang: values.lang }),
      };
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  if (!isOneOf<DocumentKind>(DOCUMENT_KINDS, values.doc))
    throw new UsageError(`--doc must be one of ${[...DOCUMENT_KINDS, 'xliff'].join(', ')}`);
  if (values.preset !== undefined && !isPresetId(values.preset)) {
    throw new UsageError(`--preset must be one of ${PRESET_IDS.join(', ')}`);
  }
  if (values.doc === 'memo' && !values.event) throw new UsageError('--event is required for a memo');
  return {
    input: values.input,
    out: values.out,
    kind: values.doc,
    secrets: { passphraseFile: values['passphrase-file'], recoveryKeyFile: values['recovery-key-file'] },
    language: values.lang,
    preset: values.preset ?? defaultPresetFor(values.lang),
    event: values.event,
    allFindings: values['all-findings'],
    draft: values.draft,
  };
}

/**
 * A .ddbackup (zip) from the app's Backup screen, or a JSON tour file. Read here so the file's
 * bytes (60 MB for a tour with 300 photos) can be freed before the document is written.
 */
async function loadInput(
  path: string,
  stamper: RecordStamper,
  secrets: BackupSecretFiles,
): Promise<LoadedTour> {
  const input = await readFile(path);
  return looksLikeBackup(input)
    ? // The photos are written from their bytes (attachmentBytes): no copy of them in Blobs.
      loadBackupFile(input, await readBackupSecrets(secrets), { bytesOnly: true })
    : loadTourFile(new TextDecoder().decode(input), stamper);
}

export async function runExport(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = options(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed === null) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const now = new Date().toISOString();
    const stamper = {
      fresh: () => ({
        id: randomUUID(),
        createdAt: now,
        updatedAt: now,
        deviceId: 'cli',
        revision: 1,
        deletedAt: null,
      }),
    };
    const loaded = await loadInput(parsed.input, stamper, parsed.secrets);
    if (parsed.kind === 'xliff') {
      const { bytes, summary } = exportXliff(loaded.bundle, parsed.xliff);
      const temporary = `${parsed.out}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, parsed.out);
      process.stdout.write(`${parsed.out}: ${summary}\n`);
      return 0;
    }
    const eventId =
      parsed.event === undefined ? null : (loaded.eventAliases.get(parsed.event) ?? parsed.event);
    const model = buildDocument(loaded.bundle, {
      kind: parsed.kind,
      language: parsed.language,
      onlyIncludedFindings: !parsed.allFindings,
      eventId,
    });
    // Chunks, written one after another: the photos are not joined into one more copy first.
    let unmeasured: readonly string[] = [];
    const chunks = await writeDocxChunks(model, parsed.preset, {
      attachmentBytes: loaded.attachmentBytes,
      draft: parsed.draft,
      // Node's zlib: native CRC-32 for 60 MB of photos, DEFLATE for the XML off the main thread.
      ...(nativeCrc32 ? { crc32: nativeCrc32 } : {}),
      deflateRaw: nativeDeflateRaw,
      onUnmeasured: (characters) => (unmeasured = characters),
    });
    const size = chunks.reduce((total, chunk) => total + chunk.length, 0);
    // Written beside the target and renamed, so a failed export never leaves half a file.
    const temporary = `${parsed.out}.${process.pid}.tmp`;
    await writeFile(temporary, chunks);
    await rename(temporary, parsed.out);
    process.stdout.write(
      `${parsed.out}: ${parsed.kind}, ${parsed.language}, ${parsed.preset}, ${size} bytes\n`,
    );
    if (unmeasured.length > 0) {
      process.stderr.write(
        `The contents' page numbers may be off by a page: the text has characters drawn in another font than Times New Roman (${unmeasured.join(' ')}), whose widths the layout does not know. Word offers to update the contents when the file is opened (answer "Yes").\n`,
      );
    }
    if (model.fallbacks.length > 0) {
      process.stderr.write(`${model.fallbacks.length} text(s) had no ${parsed.language} version:\n`);
      for (const f of model.fallbacks) {
        process.stderr.write(`  ${f.record} ${f.field} "${f.label}": ${f.usedLanguage ?? 'empty'}\n`);
      }
    }
    return 0;
  } catch (error) {
    if (
      error instanceof TourFileError ||
      error instanceof DocumentRequestError ||
      error instanceof XliffRequestError
    ) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

// Run when executed as a script (npm run export), not when imported by a test.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')) {
  runExport(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
