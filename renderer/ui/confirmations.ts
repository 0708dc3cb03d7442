import type { ReactNode } from 'react';
import { notifications, notificationsStore } from '@mantine/notifications';

/**
 * Confirmations of what was just done ("Contact saved"): notifications that only confirm, taken
 * away when the next dialog opens. Why: at 1366×768 a confirmation at the bottom right covered the
 * next dialog's Save button (save a contact, then "Add contact" at once). Errors and notifications
 * with a choice in them (Undo) are not confirmations and stay.
 */
const CONFIRMATION_ID = 'confirmation-';
let shown = 0;

export function showConfirmation(message: ReactNode): void {
  shown += 1;
  notifications.show({ id: `${CONFIRMATION_ID}${shown}`, color: 'green', message });
}

/** Hides the confirmations on screen or waiting to be shown. */
export function hideConfirmations(): void {
  const { notifications: onScreen, queue } = notificationsStore.getState();
  for (const { id } of [...onScreen, ...queue]) if (id?.startsWith(CONFIRMATION_ID)) notifications.hide(id);
}
