import { describe, expect, it } from 'vitest';
import { redactForLog } from '../../../renderer/platform/logRedaction';

describe('what of an error reaches the desktop log', () => {
  it.each([
    ['ConstraintError: contact szoke.odon@police.hu exists', 'ConstraintError: contact …@… exists'],
    ['Error: could not dial tel:+36 1 443 5000', 'Error: could not dial tel:… …'],
    ['Error: no phone in "+36 1 443 5000"', 'Error: no phone in "…"'],
    ['TypeError: phone +375 17 218-50-00 is not valid', 'TypeError: phone … is not valid'],
    ['Error: title «Участковый инспектор» too long', 'Error: title "…" too long'],
    ["Error: cannot read 'Szőke Ödön'", 'Error: cannot read "…"'],
    ['Error: fetch https://police.hu/hu/rendorseg?q=Kiss failed', 'Error: fetch https://police.hu/… failed'],
  ])('masks the record in %s', (message, logged) => {
    expect(redactForLog(message)).toBe(logged);
  });

  it('keeps the kind of error and where in the code it happened', () => {
    const stack = [
      'RangeError: Invalid time value',
      '    at formatDate (app://renderer/assets/formatters-BJERT1jF.js:1:2345)',
      '    at AgendaView (app://renderer/assets/ProgrammeScreen-0SvqF_CL.js:12:67)',
    ].join('\n');
    expect(redactForLog(stack)).toBe(stack);
  });
});
