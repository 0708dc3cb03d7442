import { describe, expect, it } from 'vitest';
import {
  MAX_CHANGE_ENTRIES,
  appendChange,
  changedFields,
  mergeChangeLogs,
  type ChangeEntry,
} from '../../../renderer/domain/authorship/changeLog';

const entry = (minute: number, device = 'A', fields = ['title.en']): ChangeEntry => ({
  at: `2010-09-20T10:${String(minute).padStart(2, '0')}:00.000Z`,
  by: `delegate-${device}`,
  device,
  action: 'changed',
  fields,
});

describe("a record's short history", () => {
  it('names the changed fields, a multilingual text by its language, never the stamps', () => {
    const before = {
      id: '1',
      revision: 1,
      updatedBy: 'x',
      title: { ru: 'Приём', en: 'Reception' },
      tags: ['a'],
    };
    const after = {
      id: '1',
      revision: 2,
      updatedBy: 'y',
      title: { ru: 'Приём', en: 'Front desk' },
      tags: ['a', 'b'],
    };
    expect(changedFields(before, after)).toEqual(['tags', 'title.en']);
    expect(changedFields(before, { ...before, revision: 9 })).toEqual([]);
  });

  it(`keeps the newest ${MAX_CHANGE_ENTRIES} entries`, () => {
    let log: ChangeEntry[] = [];
    for (let minute = 0; minute < MAX_CHANGE_ENTRIES + 5; minute += 1) log = appendChange(log, entry(minute));
    expect(log).toHaveLength(MAX_CHANGE_ENTRIES);
    expect(log[0]).toEqual(entry(5));
    expect(log.at(-1)).toEqual(entry(MAX_CHANGE_ENTRIES + 4));
  });

  it('merges two laptops’ logs into one, in time order, the same whichever way round', () => {
    const common = [entry(0)];
    const mine = [...common, entry(2, 'A')];
    const theirs = [...common, entry(1, 'B', ['status'])];
    const merged = mergeChangeLogs(mine, theirs);
    expect(merged).toEqual([entry(0), entry(1, 'B', ['status']), entry(2, 'A')]);
    expect(mergeChangeLogs(theirs, mine)).toEqual(merged);
    const long = Array.from({ length: MAX_CHANGE_ENTRIES }, (_, i) => entry(i, 'A'));
    const other = Array.from({ length: MAX_CHANGE_ENTRIES }, (_, i) => entry(i, 'B'));
    expect(mergeChangeLogs(long, other)).toHaveLength(MAX_CHANGE_ENTRIES);
  });
});
