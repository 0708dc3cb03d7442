import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('numbers in the interface’s strings ({{count, number}})', () => {
  it('are written as each language writes them', async () => {
    const { formatCount } = await import('../../../renderer/i18n/numberFormat');
    expect(formatCount(10_000, 'en')).toBe('10,000');
    expect(formatCount(10_000, 'ru')).toBe('10\u00a0000');
    expect(formatCount(10_000, 'hu')).toBe('10\u00a0000');
    expect(formatCount(10_000, 'be')).toBe('10\u00a0000');
    expect(formatCount(12, 'ru')).toBe('12');
    // Not a number, or not a language of the app: as it is.
    expect(formatCount('12', 'ru')).toBe('12');
    expect(formatCount(10_000, 'de')).toBe('10000');
  });

  it('are Belarusian where the engine has no Belarusian numbers (Chromium, Electron)', async () => {
    const supported = Intl.NumberFormat.supportedLocalesOf;
    vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf').mockImplementation((locales, options) =>
      [locales].flat().includes('be') ? [] : supported(locales, options),
    );
    const { formatCount } = await import('../../../renderer/i18n/numberFormat');
    expect(formatCount(10_000, 'be')).toBe('10\u00a0000');
    expect(formatCount(1234, 'be')).toBe('1234');
    expect(formatCount(1234.5, 'be')).toBe('1234,5');
  });
});
