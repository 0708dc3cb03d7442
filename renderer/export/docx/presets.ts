import type { Language } from '../../domain/entities';

/**
 * Formatting presets are data: a writer reads the numbers, it never branches on a preset's id.
 * Lengths in millimetres and points as the standards state them; converted to twips in styles.ts.
 */
export interface DocumentPreset {
  id: PresetId;
  page: {
    widthMm: number;
    heightMm: number;
    margins: { topMm: number; rightMm: number; bottomMm: number; leftMm: number };
    /** Distance of the header (where the page number sits) from the top edge. */
    headerMm: number;
    footerMm: number;
  };
  font: {
    family: string;
    bodyPt: number;
    /** Text inside tables may be smaller than the body text. */
    tablePt: number;
    /** Heading 1, 2, 3. */
    headingPt: readonly [number, number, number];
    titlePt: number;
  };
  paragraph: {
    firstLineIndentCm: number;
    alignment: 'justified' | 'left';
    /** 1 = single. */
    lineSpacing: number;
    spaceAfterPt: number;
  };
  pageNumbers: { placement: 'header' | 'footer'; onFirstPage: boolean };
  /** 'numeric' writes 20.09.2010; 'long' writes the date as the language does in running text. */
  dates: 'numeric' | 'long';
}

export const PRESET_IDS = ['by-stb-6.38-2016', 'ru-gost-r-7.0.97-2016', 'international-a4'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const A4 = { widthMm: 210, heightMm: 297 };

export const PRESETS: Record<PresetId, DocumentPreset> = {
  /*
   * STB 6.38-2016 and the Instruction on records management (Ministry of Justice resolution
   * No. 4 of 19.01.2009): A4; margins left 30 mm, right 10 mm, top and bottom 20 mm; Times New
   * Roman 15 pt (12–14 pt allowed in tables); single spacing; first-line indent 1.25 cm;
   * justified; page numbers in Arabic figures centred in the header 10–15 mm from the top edge,
   * none on the first page; dates as DD.MM.YYYY.
   */
  'by-stb-6.38-2016': {
    id: 'by-stb-6.38-2016',
    page: {
      ...A4,
      margins: { topMm: 20, rightMm: 10, bottomMm: 20, leftMm: 30 },
      headerMm: 10,
      footerMm: 10,
    },
    font: { family: 'Times New Roman', bodyPt: 15, tablePt: 13, headingPt: [15, 15, 15], titlePt: 16 },
    paragraph: { firstLineIndentCm: 1.25, alignment: 'justified', lineSpacing: 1, spaceAfterPt: 0 },
    pageNumbers: { placement: 'header', onFirstPage: false },
    dates: 'numeric',
  },
  /*
   * GOST R 7.0.97-2016: margins at least 20 mm left, 10 mm right, 20 mm top and bottom; 12–14 pt
   * (14 pt here); page numbers centred in the top margin, none on the first page; DD.MM.YYYY.
   */
  'ru-gost-r-7.0.97-2016': {
    id: 'ru-gost-r-7.0.97-2016',
    page: {
      ...A4,
      margins: { topMm: 20, rightMm: 10, bottomMm: 20, leftMm: 20 },
      headerMm: 10,
      footerMm: 10,
    },
    font: { family: 'Times New Roman', bodyPt: 14, tablePt: 12, headingPt: [14, 14, 14], titlePt: 16 },
    paragraph: { firstLineIndentCm: 1.25, alignment: 'justified', lineSpacing: 1, spaceAfterPt: 0 },
    pageNumbers: { placement: 'header', onFirstPage: false },
    dates: 'numeric',
  },
  /** A plain international layout: A4, 25 mm margins, 11–12 pt, dates written out in the language. */
  'international-a4': {
    id: 'international-a4',
    page: {
      ...A4,
      margins: { topMm: 25, rightMm: 25, bottomMm: 25, leftMm: 25 },
      headerMm: 12.5,
      footerMm: 12.5,
    },
    font: { family: 'Times New Roman', bodyPt: 12, tablePt: 11, headingPt: [16, 13, 12], titlePt: 20 },
    paragraph: { firstLineIndentCm: 0, alignment: 'left', lineSpacing: 1.15, spaceAfterPt: 6 },
    pageNumbers: { placement: 'footer', onFirstPage: false },
    dates: 'long',
  },
};

/** Belarusian records practice for Russian and Belarusian documents; the plain layout otherwise. */
export function defaultPresetFor(language: Language): PresetId {
  return language === 'ru' || language === 'be' ? 'by-stb-6.38-2016' : 'international-a4';
}

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}

/** 1 mm in twentieths of a point, the unit of page geometry in word/document.xml. */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const cmToTwips = (cm: number): number => mmToTwips(cm * 10);
