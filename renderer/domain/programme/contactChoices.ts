import type { Contact } from '../entities';

/** The contacts an event's picker proposes first, and the others after them, in the given order. */
export interface ContactChoices {
  proposed: Contact[];
  others: Contact[];
}

function split(contacts: readonly Contact[], first: (contact: Contact) => boolean): ContactChoices {
  const proposed: Contact[] = [];
  const others: Contact[] = [];
  for (const contact of contacts) (first(contact) ? proposed : others).push(contact);
  return { proposed, others };
}

/**
 * The hosts of an event are most often the people of the organisation visited: they come first,
 * the rest of the tour's contacts after them. Without an organisation nothing is proposed.
 */
export function hostChoices(contacts: readonly Contact[], organisationId: string | null): ContactChoices {
  if (!organisationId) return { proposed: [], others: [...contacts] };
  return split(contacts, (contact) => contact.organisationId === organisationId);
}

/** The interpreter is proposed among the contacts whose role is interpreter, then everyone else. */
export function interpreterChoices(contacts: readonly Contact[]): ContactChoices {
  return split(contacts, (contact) => contact.role === 'interpreter');
}
