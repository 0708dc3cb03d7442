// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useNewPassphrase } from '../../../renderer/ui/protection/useNewPassphrase';

describe('a new passphrase typed twice', () => {
  afterEach(cleanup);

  it('is refused while too short or different, with the reason shown, and given once both agree', () => {
    const { result } = renderHook(() => useNewPassphrase());
    act(() => result.current.fields.onPassphrase('short'));
    let checked: string | null = 'unset';
    act(() => {
      checked = result.current.checked();
    });
    expect(checked).toBeNull();
    expect(result.current.fields.problem).toBe('tooShort');

    act(() => result.current.fields.onPassphrase('long enough passphrase'));
    act(() => result.current.fields.onRepeat('long enough passphrasE'));
    act(() => {
      checked = result.current.checked();
    });
    expect(checked).toBeNull();
    expect(result.current.fields.problem).toBe('mismatch');

    act(() => result.current.fields.onRepeat('long enough passphrase'));
    act(() => {
      checked = result.current.checked();
    });
    expect(checked).toBe('long enough passphrase');
    expect(result.current.fields.problem).toBeNull();
  });

  it('empties both fields once used', () => {
    const { result } = renderHook(() => useNewPassphrase());
    act(() => {
      result.current.fields.onPassphrase('long enough passphrase');
      result.current.fields.onRepeat('long enough passphrase');
    });
    act(() => result.current.clear());
    expect(result.current.fields).toMatchObject({ passphrase: '', repeat: '' });
  });
});
