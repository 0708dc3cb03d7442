/**
 * `npm run export -- --doc xliff`: the tour's texts for one target language as an XLIFF 2.0 file,
 * the same as the Translation screen's "Export XLIFF".
 */
import { LANGUAGES, type Language } from '../domain/entities';
import { TRANSLATABLE_KINDS, sortByOrder, type TranslatableKind } from '../domain/findings';
import { tourGlossary } from '../domain/glossary/tourGlossary';
import type { TourBundle } from '../domain/tourBundle';
import { XLIFF_SELECTIONS, xliffExportOf, type XliffSelection } from '../domain/xliff/selectUnits';
import { xliffBytes } from '../export/xliff/writeXliff';

export const XLIFF_USAGE = `       npm run export -- --input FILE --doc xliff --lang ${LANGUAGES.join('|')} [--from ${LANGUAGES.join('|')}]
       [--texts ${XLIFF_SELECTIONS.join('|')}] [--kind ${TRANSLATABLE_KINDS.join('|')}] [--key-point N|ID] --out FILE.xlf`;

export interface XliffCliOptions {
  target: Language;
  source: Language;
  which: XliffSelection;
  kind: TranslatableKind | 'all';
  /** A key point's number (its place in the list, from 1) or its record id. */
  keyPoint?: string;
}

export class XliffRequestError extends Error {}

/** Checks the XLIFF options; throws XliffRequestError with what is wrong. */
export function xliffCliOptions(values: {
  lang: Language;
  from?: string;
  texts?: string;
  kind?: string;
  'key-point'?: string;
}): XliffCliOptions {
  const source = values.from ?? 'ru';
  if (!(LANGUAGES as readonly string[]).includes(source))
    throw new XliffRequestError(`--from must be one of ${LANGUAGES.join(', ')}`);
  if (source === values.lang) throw new XliffRequestError('--from and --lang must be different languages');
  const which = values.texts ?? 'all';
  if (!(XLIFF_SELECTIONS as readonly string[]).includes(which))
    throw new XliffRequestError(`--texts must be one of ${XLIFF_SELECTIONS.join(', ')}`);
  const kind = values.kind ?? 'all';
  if (kind !== 'all' && !(TRANSLATABLE_KINDS as readonly string[]).includes(kind))
    throw new XliffRequestError(`--kind must be one of ${TRANSLATABLE_KINDS.join(', ')}`);
  return {
    target: values.lang,
    source: source as Language,
    which: which as XliffSelection,
    kind: kind as TranslatableKind | 'all',
    ...(values['key-point'] ? { keyPoint: values['key-point'] } : {}),
  };
}

/** The file's bytes and a line saying what is in it. */
export function exportXliff(
  bundle: TourBundle,
  options: XliffCliOptions,
): { bytes: Uint8Array; summary: string } {
  let themeId: string | null = null;
  if (options.keyPoint !== undefined) {
    const themes = sortByOrder(bundle.themes.filter((theme) => theme.deletedAt === null));
    const byNumber = /^\d+$/.test(options.keyPoint) ? themes[Number(options.keyPoint) - 1] : undefined;
    const theme = byNumber ?? themes.find((candidate) => candidate.id === options.keyPoint);
    if (!theme)
      throw new XliffRequestError(`--key-point: no key point ${options.keyPoint} (1 to ${themes.length})`);
    themeId = theme.id;
  }
  const { document, withoutSource } = xliffExportOf(bundle, {
    source: options.source,
    target: options.target,
    which: options.which,
    kind: options.kind,
    themeId,
    glossary: tourGlossary(bundle),
  });
  if (document.units.length === 0) throw new XliffRequestError('No texts to export for this selection');
  const left =
    withoutSource > 0 ? `; ${withoutSource} text(s) without a ${options.source} version left out` : '';
  return {
    bytes: xliffBytes(document),
    summary: `XLIFF 2.0 ${options.source}→${options.target}, ${document.units.length} text(s)${left}`,
  };
}
