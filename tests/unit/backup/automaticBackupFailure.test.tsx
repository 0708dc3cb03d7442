// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../electron/contract';
import { readAutomaticBackupFailure, recordAutomaticBackupFailure } from '../../../renderer/db/backup';
import type { BackupsFolder } from '../../../renderer/db/backup/automaticBackup';
import { reportReadiness } from '../../../renderer/domain/overview';
import { AutomaticBackupsList } from '../../../renderer/features/backup/AutomaticBackupsList';
import { automaticBackupTick } from '../../../renderer/features/backup/useAutomaticBackups';
import { ReadinessList } from '../../../renderer/features/overview/ReadinessList';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { BackupFolderError } from '../../../renderer/platform';
import { resetDb } from '../db/resetDb';
import { stubMissingBrowserApis } from '../windowVirtualLists';
import sample from '../../../renderer/assets/sample/study-tour-hungary-2010.json';
import { importSampleFile } from '../../../renderer/db/sampleImport';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const AT = '2026-11-25T12:00:00.000Z';

function folderThat(write: BackupsFolder['write']): BackupsFolder {
  return { write, list: async () => [], remove: async () => undefined };
}

describe('a failed automatic backup is shown, not only logged', () => {
  beforeAll(async () => {
    await setupI18n();
    await changeUiLanguage('en');
    stubMissingBrowserApis();
  });
  beforeEach(resetDb);
  afterEach(() => {
    cleanup();
    delete window.desktop;
  });

  it('is remembered with its reason and forgotten once a backup succeeds', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await importSampleFile(sample);
    const full = folderThat(() => Promise.reject(new BackupFolderError('disk-full')));
    await automaticBackupTick(full, '0.1.0', new Date(AT));
    expect(await readAutomaticBackupFailure()).toEqual({ at: AT, reason: 'disk-full' });

    const broken = folderThat(() => Promise.reject(new Error('EIO')));
    await automaticBackupTick(broken, '0.1.0', new Date(AT));
    expect(await readAutomaticBackupFailure()).toEqual({ at: AT, reason: 'unexpected' });

    await automaticBackupTick(
      folderThat(async () => undefined),
      '0.1.0',
      new Date(AT),
    );
    expect(await readAutomaticBackupFailure()).toBeNull();
  });

  it('the Backup screen says that it failed and why', async () => {
    window.desktop = {
      listBackups: async () => ({ status: 'listed', backups: [] }),
    } as unknown as DesktopApi; // only what the list reads
    await recordAutomaticBackupFailure({ at: AT, reason: 'not-writable' });
    render(
      <MantineProvider>
        <AutomaticBackupsList onRestore={() => undefined} />
      </MantineProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Automatic backup failed');
    expect(alert.textContent).toContain('the backups folder cannot be written to (no permission)');
  });

  it("the Overview's readiness list has a line for it with a link to the Backup screen", async () => {
    const source = {
      tour: { id: 't', tourId: 't' },
      themes: [],
      findings: [],
      recommendations: [],
      materials: [],
      events: [],
      organizations: [],
      delegates: [],
      contacts: [],
      attachments: [],
    } as unknown as Parameters<typeof reportReadiness>[0];
    render(
      <MantineProvider>
        <MemoryRouter>
          <ReadinessList
            readiness={reportReadiness(source, 'en', AT, Date.parse(AT))}
            onDocumentLanguageChange={() => undefined}
            now={Date.parse(AT)}
            hasData
            contactCount={0}
            leftOut={[]}
            automaticBackupFailure={{ at: AT, reason: 'disk-full' }}
          />
        </MemoryRouter>
      </MantineProvider>,
    );
    expect(await screen.findByText(/failed: the disk is full/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Backup' }).getAttribute('href')).toBe('/backup');
  });
});
