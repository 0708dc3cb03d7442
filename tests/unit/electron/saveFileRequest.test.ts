import { describe, expect, it } from 'vitest';
import {
  MAX_SAVE_BYTES,
  SaveFileValidationError,
  validateSaveFileRequest,
  type SaveFileValidationReason,
} from '../../../electron/saveFileRequest';

const bytes = new Uint8Array([1, 2, 3]);

/** Runs the validator and returns the reason it gave, failing the test if it accepted the input. */
function reasonFor(input: unknown): SaveFileValidationReason {
  try {
    validateSaveFileRequest(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SaveFileValidationError);
    return (error as SaveFileValidationError).reason;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

describe('validateSaveFileRequest', () => {
  it('accepts a plain request and returns a copy with copied filters', () => {
    const filters = [{ name: 'Word', extensions: ['docx'] }];
    const result = validateSaveFileRequest({ suggestedName: 'Отчёт Минск 2025.docx', bytes, filters });
    expect(result).toEqual({ suggestedName: 'Отчёт Минск 2025.docx', bytes, filters });
    expect(result.filters).not.toBe(filters);
    filters[0]!.extensions.push('exe');
    expect(result.filters?.[0]?.extensions).toEqual(['docx']);
  });

  it('accepts a request without filters and a Buffer as bytes', () => {
    expect(
      validateSaveFileRequest({ suggestedName: 'a.ics', bytes: Buffer.from('x') }).filters,
    ).toBeUndefined();
  });

  it('rejects anything but a plain object', () => {
    expect(reasonFor(null)).toBe('request-not-object');
    expect(reasonFor('a.docx')).toBe('request-not-object');
    expect(reasonFor([])).toBe('request-not-object');
  });

  it('rejects unknown fields', () => {
    expect(reasonFor({ suggestedName: 'a.docx', bytes, directory: '/etc' })).toBe('unknown-field');
  });

  it.each<[unknown, SaveFileValidationReason]>([
    [undefined, 'name-not-string'],
    [42, 'name-not-string'],
    ['', 'name-empty'],
    ['   ', 'name-empty'],
    ['a'.repeat(256), 'name-too-long'],
    ['../secret.docx', 'name-has-path-separator'],
    ['reports/a.docx', 'name-has-path-separator'],
    ['C:\\Windows\\a.docx', 'name-has-path-separator'],
    ['a\u0000.docx', 'name-has-control-character'],
    ['a\n.docx', 'name-has-control-character'],
    ['a\u007f.docx', 'name-has-control-character'],
    ['C:a.docx', 'name-has-reserved-character'],
    ['what?.docx', 'name-has-reserved-character'],
    ['..', 'name-has-dot-dot'],
    ['a..docx', 'name-has-dot-dot'],
  ])('rejects suggestedName %j (%s)', (suggestedName, reason) => {
    expect(reasonFor({ suggestedName, bytes })).toBe(reason);
  });

  it('accepts a name of exactly 255 characters', () => {
    expect(() => validateSaveFileRequest({ suggestedName: 'a'.repeat(255), bytes })).not.toThrow();
  });

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['an array of numbers', [1, 2, 3]],
    ['an ArrayBuffer', new ArrayBuffer(3)],
    ['a string', 'abc'],
    ['a Uint16Array', new Uint16Array(3)],
  ])('rejects bytes that are %s', (_label, value) => {
    expect(reasonFor({ suggestedName: 'a.docx', bytes: value })).toBe('bytes-not-uint8array');
  });

  it('rejects bytes over 200 MB without needing to allocate them', () => {
    // A view with a faked length stands in for a 200 MB buffer.
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: MAX_SAVE_BYTES + 1 });
    expect(reasonFor({ suggestedName: 'a.docx', bytes: huge })).toBe('bytes-too-large');
  });

  it.each<[string, unknown, SaveFileValidationReason]>([
    ['not an array', { name: 'Word', extensions: ['docx'] }, 'filters-not-array'],
    ['too many', Array.from({ length: 21 }, () => ({ name: 'W', extensions: ['docx'] })), 'filters-too-many'],
    ['a null entry', [null], 'filter-not-object'],
    ['an empty name', [{ name: '', extensions: ['docx'] }], 'filter-name-invalid'],
    ['a name that is not a string', [{ name: 1, extensions: ['docx'] }], 'filter-name-invalid'],
    ['no extensions', [{ name: 'Word', extensions: [] }], 'filter-extensions-invalid'],
    ['extensions not an array', [{ name: 'Word', extensions: 'docx' }], 'filter-extensions-invalid'],
    ['an extension with a dot', [{ name: 'Word', extensions: ['.docx'] }], 'filter-extensions-invalid'],
    [
      'an extension with a separator',
      [{ name: 'Word', extensions: ['docx/..'] }],
      'filter-extensions-invalid',
    ],
  ])('rejects filters that are %s', (_label, filters, reason) => {
    expect(reasonFor({ suggestedName: 'a.docx', bytes, filters })).toBe(reason);
  });

  it('gives a human-readable message naming the reason', () => {
    expect(() => validateSaveFileRequest({ suggestedName: 'a/b', bytes })).toThrow(/name-has-path-separator/);
  });
});
