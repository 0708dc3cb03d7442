import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, newPassphraseProblem } from '../../../renderer/ui/protection/newPassphrase';

describe('a new passphrase typed twice', () => {
  it('is refused when short or different, counted in characters', () => {
    const short = 'а'.repeat(MIN_PASSPHRASE_LENGTH - 1);
    expect(newPassphraseProblem(short, short)).toBe('tooShort');
    expect(newPassphraseProblem('Балатон осенью', 'Балатон осенью!')).toBe('mismatch');
    expect(newPassphraseProblem('Балатон осенью', 'Балатон осенью')).toBeNull();
    // Ten letters outside the BMP are ten characters, not twenty code units.
    const emoji = '🙂'.repeat(MIN_PASSPHRASE_LENGTH - 1);
    expect(newPassphraseProblem(emoji, emoji)).toBe('tooShort');
  });
});
