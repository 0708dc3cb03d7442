import { ActionIcon } from '@mantine/core';
import { Hint } from '../../ui/Hint';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useProtectionMode } from '../../db/queries/protectionMode';
import { LOCK_SHORTCUT, requestLock } from '../../ui/protection/lockRequests';

/** In the header while the database is protected: locks the app at once (as Ctrl+L does). */
export function LockButton() {
  const { t } = useTranslation();
  const mode = useProtectionMode();
  if (mode !== 'unlocked') return null;
  return (
    <Hint label={`${t('protection.lock.now')} (${LOCK_SHORTCUT.keys.join('+')})`}>
      <ActionIcon
        variant="subtle"
        color="gray.8"
        size="lg"
        onClick={requestLock}
        aria-label={t('protection.lock.now')}
        aria-keyshortcuts={LOCK_SHORTCUT.aria}
      >
        <IconLock aria-hidden />
      </ActionIcon>
    </Hint>
  );
}
