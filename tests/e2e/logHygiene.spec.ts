import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { openSampleTour } from './helpers';

/**
 * Issue 19, item 5: nothing from a record reaches the log. In the desktop app the log file gets the
 * renderer's uncaught errors (through the bridge, redacted) and the shell's own warnings (unit test
 * tests/unit/platform/desktopLog.test.ts); in this browser build nothing is written to a file, so
 * what stands in for the log is everything the page logs: every console message of the page and its
 * workers, with each argument's value, and every uncaught error — what the bridge would be handed,
 * before its redaction. A scripted run through every screen must leave none of the sample tour's
 * names, e-mail addresses, phone numbers or finding texts there.
 */

const expect = baseExpect.configure({ timeout: 30_000 });

interface Text {
  ru?: string;
  en?: string;
  hu?: string;
}
const sample = JSON.parse(
  readFileSync(new URL('../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url), 'utf8'),
) as {
  delegates: { familyName: string; givenName: string; patronymic?: string }[];
  contacts: { familyName: string; givenName: string; email?: string; phone?: string }[];
  findings: { title: Text; text?: Text }[];
  materials: { title: Text }[];
};

/** What must never be logged: names, addresses and numbers, and pieces of every finding's texts. */
function secretsOfSample(): string[] {
  const pieces = (text: Text | undefined) =>
    Object.values(text ?? {})
      .flatMap((value: string) => value.split(/\n+/))
      .map((paragraph) => paragraph.trim().slice(0, 30))
      .filter((piece) => piece.length >= 12);
  const secrets = [
    ...sample.delegates.flatMap((person) => [person.familyName, person.givenName]),
    ...sample.contacts.flatMap((contact) => [
      contact.familyName,
      contact.givenName,
      ...(contact.email ? [contact.email, contact.email.split('@')[0]!] : []),
      ...(contact.phone ? [contact.phone, contact.phone.replace(/[^\d+]/g, '')] : []),
    ]),
    ...sample.findings.flatMap((finding) => [...pieces(finding.title), ...pieces(finding.text)]),
  ];
  // Short given names ("Ede") could be part of any word: names of four letters and more are checked.
  return [...new Set(secrets.filter((secret) => secret.length >= 4))];
}

/** Everything the page logs, as text: the message, and each argument's value where it has one. */
function captureLog(page: Page) {
  const lines: string[] = [];
  const pending: Promise<void>[] = [];
  const onConsole = (message: ConsoleMessage) => {
    lines.push(`[console.${message.type()}] ${message.text()}`);
    pending.push(
      Promise.all(
        message.args().map((arg) =>
          arg.evaluate((value) => {
            if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
            try {
              return JSON.stringify(value) ?? String(value);
            } catch {
              return String(value);
            }
          }),
        ),
      ).then(
        (values) => void lines.push(`  args: ${values.join(' | ')}`),
        // The page navigated away meanwhile: the message's text above is what remains.
        () => undefined,
      ),
    );
  };
  page.on('console', onConsole);
  page.on('pageerror', (error) =>
    lines.push(`[uncaught] ${error.name}: ${error.message}\n${error.stack ?? ''}`),
  );
  return {
    async text(): Promise<string> {
      await Promise.all(pending);
      return lines.join('\n');
    },
  };
}

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

/** Opens a screen by its name in the main navigation, and waits until it is the one shown. */
async function openScreen(page: Page, name: string): Promise<void> {
  const link = navigation(page).getByRole('link', { name, exact: true });
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  await expect(page).toHaveURL((url) => url.hash.startsWith(href));
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
}

/**
 * A mailto: or tel: link clicked is handed to the system by the desktop shell (electron/hardening.ts);
 * here the page's click goes through the app as usual, and the browser's own hand-over is stopped
 * after it (headless Chromium would launch xdg-open, and the page then stalls): the links' addresses
 * are kept to check what was clicked.
 */
async function keepMailAndPhoneLinks(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const handed: string[] = [];
    Object.assign(window, { handedToSystem: handed });
    window.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="mailto:"], a[href^="tel:"]');
      if (!(link instanceof HTMLAnchorElement)) return;
      event.preventDefault();
      handed.push(link.href);
    });
  });
  return () => page.evaluate(() => (window as unknown as { handedToSystem: string[] }).handedToSystem);
}

test('a run through every screen logs nothing of the tour’s records', async ({ page }) => {
  // Every screen, a document written: minutes on the shared machine under load.
  test.setTimeout(360_000);
  const log = captureLog(page);
  const handedToSystem = await keepMailAndPhoneLinks(page);
  await openSampleTour(page);

  // Every screen of the main navigation, by its name; each shows its heading.
  const screens = await navigation(page).getByRole('link').allInnerTexts();
  expect(screens.map((name) => name.trim())).toEqual(
    expect.arrayContaining([
      'Overview',
      'Programme',
      'Contacts',
      'Findings',
      'Recommendations',
      'Materials',
      'Documents',
      'Translation',
      'Backup',
      'Settings',
    ]),
  );
  for (const name of screens.map((text) => text.trim())) await openScreen(page, name);

  // A contact's details, and their e-mail and phone links clicked.
  const contact = sample.contacts.find((candidate) => candidate.email && candidate.phone)!;
  await openScreen(page, 'Contacts');
  const contacts = page.getByRole('table', { name: 'Contacts' });
  await contacts
    .getByRole('button', { name: new RegExp(`^(\\S+ )?${contact.givenName} ${contact.familyName}$`) })
    .click();
  const details = page.getByRole('dialog', {
    name: new RegExp(`^(\\S+ )?${contact.givenName} ${contact.familyName}$`),
  });
  await details.getByRole('link', { name: contact.email! }).click();
  await details.getByRole('link', { name: contact.phone! }).click();
  expect(await handedToSystem()).toEqual([
    `mailto:${contact.email}`,
    `tel:${contact.phone!.replace(/[^\d+]/g, '')}`,
  ]);
  await details.getByRole('button', { name: 'Close' }).last().click();
  await expect(details).toBeHidden();

  // A finding opened.
  const finding = sample.findings[0]!;
  await openScreen(page, 'Findings');
  await page.getByRole('button', { name: `Edit “${finding.title.en}”` }).click();
  const form = page.getByRole('dialog', { name: 'Edit finding' });
  await expect(form.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(finding.title.en!);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();

  // A received document (the Materials screen) opened.
  const material = sample.materials.find((candidate) => candidate.title.en) ?? sample.materials[0]!;
  const materialTitle = material.title.en ?? material.title.ru ?? material.title.hu!;
  await openScreen(page, 'Materials');
  await page.getByRole('button', { name: `Edit “${materialTitle}”` }).click();
  const materialForm = page.getByRole('dialog', { name: 'Edit material' });
  await expect(materialForm).toBeVisible();
  await materialForm.getByRole('button', { name: 'Cancel' }).click();
  await expect(materialForm).toBeHidden();

  // The report: what it will hold (the Documents screen's preview of it), then exported.
  await openScreen(page, 'Documents');
  await expect(page.getByRole('heading', { name: /^(Ready to send|Not ready to send)/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a draft' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  // Control: what the page logs, and an uncaught error, are captured.
  await page.evaluate(() => {
    console.warn('log capture control: console');
    setTimeout(() => {
      throw new Error('log capture control: uncaught');
    });
  });
  await expect.poll(() => log.text()).toContain('log capture control: uncaught');
  const logged = await log.text();
  expect(logged).toContain('[console.warning] log capture control: console');

  const secrets = secretsOfSample();
  expect(secrets.length).toBeGreaterThan(60);
  expect(secrets.filter((secret) => logged.includes(secret))).toEqual([]);
});
