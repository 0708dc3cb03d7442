/**
 * Renders the README's sample report pages: the sample tour's report with its requisites filled
 * in and the head of delegation's position and rank translated (as a translator would on the
 * Translation screen; the sample has them in Russian only), in each document language with its default preset, laid out by LibreOffice through
 * ../shared/tools/render-docx (or RENDER_DOCX); the title page, the contents, the first chapter
 * and the recommendations table of the Russian report, and the title pages of the others, go to
 * build/readme/. Look at every page it prints the path of before committing them.
 *
 *   npx tsx build/scripts/readme-pages.ts
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadTourFile } from '../../renderer/cli/loadTourFile';
import { LANGUAGES, type Language } from '../../renderer/domain/entities';
import { buildDocument } from '../../renderer/domain/documents/buildDocument';
import type { TourBundle } from '../../renderer/domain/tourBundle';
import { docText } from '../../renderer/export/docx/docStrings';
import { defaultPresetFor } from '../../renderer/export/docx/presets';
import { writeDocx } from '../../renderer/export/docx/writeDocument';

const ROOT = resolve(import.meta.dirname, '../..');
const RENDER = process.env.RENDER_DOCX ?? resolve(ROOT, '../shared/tools/render-docx');
const OUT = join(ROOT, 'build/readme');
/** Wide enough to read in the README at a third of its width, small enough to keep the repository light. */
const DPI = '60';

/** The head of delegation's position and rank in every document language. */
const HEAD_TRANSLATED = {
  position: {
    be: 'начальнік упраўлення аховы правапарадку і прафілактыкі МУС Рэспублікі Беларусь',
    en: 'Head of the Public Order and Prevention Department, Ministry of Internal Affairs of the Republic of Belarus',
    hu: 'a Belarusz Köztársaság Belügyminisztériuma Közrendvédelmi és Megelőzési Főosztályának vezetője',
  },
  rank: { be: 'палкоўнік міліцыі', en: 'Colonel of Militia', hu: 'rendőrezredes' },
};

/** The requisites a clerk enters once on the Documents screen, in the four languages. */
function withRequisites(bundle: TourBundle): TourBundle {
  return {
    ...bundle,
    delegates: bundle.delegates.map((delegate) =>
      delegate.role === 'head'
        ? {
            ...delegate,
            position: { ...delegate.position, ...HEAD_TRANSLATED.position },
            rank: { ...delegate.rank, ...HEAD_TRANSLATED.rank },
          }
        : delegate,
    ),
    tour: {
      ...bundle.tour,
      requisites: {
        place: { ru: 'г. Минск', be: 'г. Мінск', en: 'Minsk', hu: 'Minszk' },
        approval: {
          position: {
            ru: 'Заместитель Министра внутренних дел Республики Беларусь',
            be: 'Намеснік Міністра ўнутраных спраў Рэспублікі Беларусь',
            en: 'Deputy Minister of Internal Affairs of the Republic of Belarus',
            hu: 'A Belarusz Köztársaság belügyminiszter-helyettese',
          },
          name: { ru: 'И.И. Иванов', be: 'І.І. Іваноў', en: 'I. Ivanov', hu: 'I. Ivanov' },
          documents: ['report'],
        },
        registration: { report: { date: '2010-10-01', number: '12/345' } },
      },
    },
  };
}

/** The 1-based number of the first page at or after `from` whose text contains `needle`. */
function pageWith(pages: readonly string[], needle: string, from = 1): number {
  const index = pages.findIndex((text, i) => i + 1 >= from && text.includes(needle));
  if (index < 0) throw new Error(`No page contains “${needle}”`);
  return index + 1;
}

async function renderReport(bundle: TourBundle, language: Language, work: string) {
  const model = buildDocument(bundle, { kind: 'report', language });
  if (model.kind !== 'report') throw new Error('A report was asked for');
  const file = join(work, `sample-report-${language}.docx`);
  writeFileSync(file, await writeDocx(model, defaultPresetFor(language)));
  const out = join(work, language);
  execFileSync(RENDER, [file, out, '--pages', '60', '--dpi', DPI], { stdio: 'inherit' });
  // pdftotext separates pages with form feeds.
  const pages = readFileSync(join(out, `sample-report-${language}.txt`), 'utf8').split('\f');
  const pngs = readdirSync(out).filter((name) => name.endsWith('.png'));
  const png = (page: number) => {
    const name = pngs.find((candidate) => new RegExp(`-0*${page}\\.png$`).test(candidate));
    if (!name) throw new Error(`Page ${page} was not rendered`);
    return join(out, name);
  };
  const t = docText(language);
  const contents = pageWith(pages, t('report.contents'));
  const firstChapter = model.chapters[0]!;
  const chapterHeading = t('report.keyPoint', { number: firstChapter.number, title: '' }).trim();
  const chapter = pageWith(pages, chapterHeading, contents + 1);
  // The chapter's opening words: its title alone is also the heading of every key point's recommendations.
  const recommendationsIntro = t('report.recommendationsIntro').split(' ').slice(0, 3).join(' ');
  const recommendations = pageWith(pages, recommendationsIntro, chapter);
  return {
    title: png(1),
    contents: png(contents),
    chapter: png(chapter),
    recommendations: png(recommendations),
  };
}

async function main() {
  const stamper = {
    fresh: () => ({
      id: randomUUID(),
      createdAt: '2010-10-01T08:00:00.000Z',
      updatedAt: '2010-10-01T08:00:00.000Z',
      deviceId: 'readme',
      revision: 1,
      deletedAt: null,
    }),
  };
  const sampleFile = join(ROOT, 'renderer/assets/sample/study-tour-hungary-2010.json');
  const bundle = withRequisites(loadTourFile(readFileSync(sampleFile, 'utf8'), stamper).bundle);
  const work = mkdtempSync(join(tmpdir(), 'readme-pages-'));
  for (const language of LANGUAGES) {
    const pages = await renderReport(bundle, language, work);
    const wanted = language === 'ru' ? (Object.keys(pages) as (keyof typeof pages)[]) : (['title'] as const);
    for (const which of wanted) {
      const target = join(OUT, `sample-report-${language}-${which}.png`);
      copyFileSync(pages[which], target);
      process.stdout.write(`${target}\n`);
    }
    // Every page of every language, to look at: not only the ones the README shows.
    process.stdout.write(`all pages: ${join(work, language)}\n`);
  }
}

await main();
