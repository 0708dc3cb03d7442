import { useMemo } from 'react';
import type { Language, Tour } from '../../domain/entities';
import type { DocumentModel } from '../../domain/documents/model';
import { AbbreviationsEditor } from './AbbreviationsEditor';
import { ReportFactsEditor } from './ReportFactsEditor';

/** The report's own facts and its abbreviations, on the Documents screen when the report is chosen. */
export function ReportFacts({
  tour,
  language,
  languageName,
  model,
}: {
  tour: Tour;
  language: Language;
  languageName: string;
  model: DocumentModel | null;
}) {
  const used = useMemo(
    () =>
      model?.kind === 'report' ? new Set((model.abbreviations ?? []).map((line) => line.abbreviation)) : null,
    [model],
  );
  return (
    <>
      <ReportFactsEditor tour={tour} language={language} languageName={languageName} />
      <AbbreviationsEditor tour={tour} language={language} languageName={languageName} used={used} />
    </>
  );
}
