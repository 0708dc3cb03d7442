import { useEffect, useEffectEvent, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateTourModal } from '../features/tours/CreateTourModal';
import { changeUiLanguage } from '../i18n/setup';
import { useUiLanguage } from '../i18n/useUiLanguage';
import {
  isDesktop,
  onDesktopMenuCommand,
  onFilesOpenedBySystem,
  pendingImports,
  reportErrorToDesktop,
  setDesktopMenuLanguage,
  takeFilesOpenedBySystem,
  type MenuCommand,
} from '../platform';
import { SCREENS } from './screens';
import { requestShortcutsHelp } from './shell/shortcutsHelp';

/**
 * What a menu command asks of a screen, passed as router state so the screen can act on it
 * (e.g. the Backup screen opens its import dialog for 'import'): `useLocation().state?.desktopCommand`.
 */
export interface DesktopNavigationState {
  desktopCommand: MenuCommand['kind'];
}

/** Screen ids (see SCREENS) that the menu commands lead to. */
const COMMAND_SCREENS: Partial<Record<MenuCommand['kind'], string>> = {
  import: 'backup',
  backup: 'backup',
  'export-documents': 'documents',
  about: 'settings',
};

/**
 * Connects the page to the desktop shell: the native menu follows the interface language and its commands
 * reach the screens, files opened by double-click wait for the import flow, and page errors go to the log
 * file. Renders nothing in a browser. Mounted once, inside the router.
 */
export function DesktopBridge() {
  const desktop = isDesktop();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const navigate = useNavigate();
  const [creatingTour, setCreatingTour] = useState(false);

  useEffect(() => {
    if (desktop) setDesktopMenuLanguage(language);
  }, [desktop, language]);

  // Effect events read the current `navigate` and `t` when called, so the shell is subscribed to
  // once, not again after every screen change (useNavigate gives a new function per location).
  const goTo = (screenId: string, command: MenuCommand['kind']): boolean => {
    const screen = SCREENS.find((candidate) => candidate.id === screenId);
    if (screen === undefined) return false;
    const state: DesktopNavigationState = { desktopCommand: command };
    void navigate(`/${screen.path}`, { state });
    return true;
  };
  const runMenuCommand = useEffectEvent((command: MenuCommand) => {
    if (command.kind === 'language') {
      void changeUiLanguage(command.language);
    } else if (command.kind === 'new-tour') {
      setCreatingTour(true);
    } else if (command.kind === 'screen') {
      goTo(command.screen, command.kind);
    } else if (command.kind === 'new-finding') {
      void navigate('/findings?new=1');
    } else if (command.kind === 'shortcuts') {
      requestShortcutsHelp();
    } else {
      const screenId = COMMAND_SCREENS[command.kind];
      if (screenId === undefined || !goTo(screenId, command.kind)) {
        notifications.show({ color: 'yellow', message: t('desktop.notAvailable') });
      }
    }
  });
  // No "still mounted" check: the main process hands each file out once, so whatever arrives is kept.
  const collectOpenedFiles = useEffectEvent(() => {
    void takeFilesOpenedBySystem().then((files) => {
      if (files.length === 0) return;
      pendingImports.add(files);
      const opensImport = goTo('backup', 'import');
      for (const file of files) {
        notifications.show({
          title: t('desktop.fileOpenedTitle'),
          message: t(opensImport ? 'desktop.fileOpened' : 'desktop.fileOpenedNoImport', { name: file.name }),
        });
      }
    });
  });

  useEffect(() => {
    if (!desktop) return undefined;
    return onDesktopMenuCommand((command) => runMenuCommand(command));
  }, [desktop]);

  useEffect(() => {
    if (!desktop) return undefined;
    collectOpenedFiles();
    return onFilesOpenedBySystem(() => collectOpenedFiles());
  }, [desktop]);

  useEffect(() => {
    if (!desktop) return undefined;
    const onError = (event: ErrorEvent) => reportErrorToDesktop(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => reportErrorToDesktop(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, [desktop]);

  if (!desktop) return null;
  return <CreateTourModal opened={creatingTour} onClose={() => setCreatingTour(false)} />;
}
