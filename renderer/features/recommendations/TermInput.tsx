import { NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  TERM_KINDS,
  TERM_YEAR_MAX,
  TERM_YEAR_MIN,
  type RecommendationTerm,
  type TermKind,
} from '../../domain/entities';
import { ROMAN_QUARTERS } from '../../domain/recommendationTerm';
import { DateField } from '../../ui/DateField';
import { useTermText } from './useTermText';

/** What the term fields hold while they are typed in: the year as typed, even half-written. */
export interface TermDraft {
  kind: TermKind | 'none';
  date: string;
  year: string;
  quarter: number;
}

export type TermProblem = 'yearInvalid' | 'dateInvalid';

export function termDraftOf(term: RecommendationTerm | null | undefined, thisYear: number): TermDraft {
  if (!term) return { kind: 'none', date: '', year: String(thisYear), quarter: 1 };
  switch (term.kind) {
    case 'date':
      return { kind: 'date', date: term.date, year: term.date.slice(0, 4), quarter: 1 };
    case 'quarter':
      return { kind: 'quarter', date: '', year: String(term.year), quarter: term.quarter };
    case 'year':
      return { kind: 'year', date: '', year: String(term.year), quarter: 1 };
  }
}

/** The term the fields describe, or what is wrong with them. */
export function termOfDraft(
  draft: TermDraft,
): { term: RecommendationTerm | null } | { problem: TermProblem } {
  if (draft.kind === 'none') return { term: null };
  if (draft.kind === 'date')
    return /^\d{4}-\d{2}-\d{2}$/.test(draft.date)
      ? { term: { kind: 'date', date: draft.date } }
      : { problem: 'dateInvalid' };
  const year = /^\s*\d{4}\s*$/.test(draft.year) ? Number(draft.year) : NaN;
  if (!(year >= TERM_YEAR_MIN && year <= TERM_YEAR_MAX)) return { problem: 'yearInvalid' };
  return draft.kind === 'quarter'
    ? { term: { kind: 'quarter', year, quarter: draft.quarter } }
    : { term: { kind: 'year', year } };
}

interface Props {
  value: TermDraft;
  onChange(value: TermDraft): void;
  /** Shown once the user tried to save. */
  problem?: TermProblem;
}

/**
 * A recommendation's term: none (documents print the horizon), a date (typed or picked from a
 * calendar), a quarter of a year, or a year; with how documents will write it in the interface
 * language ("IV квартал 2010 г.").
 */
export function TermInput({ value, onChange, problem }: Props) {
  const { t } = useTranslation();
  const termText = useTermText();
  const set = (patch: Partial<TermDraft>) => onChange({ ...value, ...patch });
  const parsed = termOfDraft(value);
  const shown =
    'term' in parsed && parsed.term ? t('recommendations.term.shownAs', { term: termText(parsed.term) }) : '';
  const yearError =
    problem === 'yearInvalid'
      ? t('recommendations.term.yearInvalid', { min: TERM_YEAR_MIN, max: TERM_YEAR_MAX })
      : undefined;

  return (
    <div>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('recommendations.term.label')}
          description={t('recommendations.term.hint')}
          data={(['none', ...TERM_KINDS] as const).map((kind) => ({
            value: kind,
            label: t(`recommendations.term.kinds.${kind}`),
          }))}
          value={value.kind}
          onChange={(event) => set({ kind: event.currentTarget.value as TermDraft['kind'] })}
        />
        {value.kind === 'date' && (
          <DateField
            label={t('recommendations.term.date')}
            value={value.date}
            onChange={(date) => set({ date })}
            error={problem === 'dateInvalid' ? t('recommendations.term.dateInvalid') : undefined}
            required
          />
        )}
        {value.kind === 'quarter' && (
          <NativeSelect
            label={t('recommendations.term.quarter')}
            data={ROMAN_QUARTERS.map((roman, i) => ({ value: String(i + 1), label: roman }))}
            value={String(value.quarter)}
            onChange={(event) => set({ quarter: Number(event.currentTarget.value) })}
          />
        )}
        {(value.kind === 'quarter' || value.kind === 'year') && (
          <TextInput
            label={t('recommendations.term.year')}
            inputMode="numeric"
            maxLength={4}
            value={value.year}
            onChange={(event) => set({ year: event.currentTarget.value })}
            error={yearError}
            required
          />
        )}
      </SimpleGrid>
      {shown && (
        <Text size="sm" c="dimmed" mt={4} aria-live="polite">
          {shown}
        </Text>
      )}
    </div>
  );
}
