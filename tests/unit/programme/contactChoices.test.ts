import { describe, expect, it } from 'vitest';
import { hostChoices, interpreterChoices } from '../../../renderer/domain/programme';
import { sampleBundle } from './sampleBundle';

describe("an event's contact pickers", () => {
  const bundle = sampleBundle();
  const orfk = bundle.organisations.find((organisation) => organisation.name.hu?.includes('ORFK'));

  it('propose the people of the organisation visited as hosts first, then everyone else in order', () => {
    expect(orfk).toBeDefined();
    const choices = hostChoices(bundle.contacts, orfk?.id ?? null);
    expect(choices.proposed.length).toBeGreaterThan(0);
    expect(choices.proposed.every((contact) => contact.organisationId === orfk?.id)).toBe(true);
    expect(choices.others.some((contact) => contact.organisationId === orfk?.id)).toBe(false);
    expect(choices.proposed.length + choices.others.length).toBe(bundle.contacts.length);
    // Each group keeps the order it was given (the screen's sorting).
    const order = (list: typeof bundle.contacts) => list.map((contact) => bundle.contacts.indexOf(contact));
    expect(order(choices.others)).toEqual([...order(choices.others)].sort((a, b) => a - b));
  });

  it('propose nobody before an organisation is chosen', () => {
    expect(hostChoices(bundle.contacts, null)).toEqual({ proposed: [], others: bundle.contacts });
  });

  it('propose interpreters first for the interpreter', () => {
    const choices = interpreterChoices(bundle.contacts);
    expect(choices.proposed.length).toBeGreaterThan(0);
    expect(choices.proposed.every((contact) => contact.role === 'interpreter')).toBe(true);
    expect(choices.others.some((contact) => contact.role === 'interpreter')).toBe(false);
  });
});
