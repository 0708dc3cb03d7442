import * as path from 'path';
import { pathToFileURL } from 'url';
import { describe, expect, it } from 'vitest';
import {
  decideNavigation,
  isAllowedRequest,
  isExternalWebUrl,
  urlForLog,
} from '../../../electron/navigationPolicy';

describe('decideNavigation', () => {
  it.each([
    'mailto:szoke.odon@police.hu',
    'MAILTO:Kiss.Janos@ORFK.hu',
    'tel:+36 1 443 5000',
    'tel:+375(17)218-50-00',
    'tel:80172185000',
  ])('hands a contact’s address or number %s to the mail or phone application', (url) => {
    expect(decideNavigation(url)).toBe('open-mail-or-phone');
  });

  it.each(['app://renderer/index.html', 'app://renderer/contacts/12', 'app://renderer/#/report'])(
    'stays in the app for %s',
    (url) => {
      expect(decideNavigation(url)).toBe('allow');
    },
  );

  it.each(['https://mfa.gov.by/en/', 'http://example.org/page?q=1#x', 'HTTPS://EXAMPLE.ORG/'])(
    'sends web link %s to the system browser',
    (url) => {
      expect(decideNavigation(url)).toBe('open-external');
    },
  );

  it.each([
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://renderer/1234',
    // Mail and phone links carry one address or number only: no headers, lists or paths.
    'mailto:someone@example.org?attach=/etc/passwd',
    'mailto:a@example.org,b@example.org',
    'mailto:someone@example.org%3Fbody=x',
    'mailto:',
    'tel:+375 17 000%0A00',
    'tel:*#06#',
    'tel:',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/etc/passwd',
    'app://other/index.html',
    'app://renderer.evil.example/',
    'https://gov.by@evil.example/',
    'http://',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(decideNavigation(url)).toBe('deny');
  });
});

describe('isExternalWebUrl', () => {
  it('accepts only http(s) with a host and no credentials', () => {
    expect(isExternalWebUrl('https://example.org')).toBe(true);
    expect(isExternalWebUrl('https://user:pw@example.org')).toBe(false);
    expect(isExternalWebUrl('ftp://example.org')).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  const root = path.resolve('/opt/delegation-desk/dist-renderer');
  const fromPage = (url: string) => isAllowedRequest({ url, fromWebContents: true }, root);
  const fromMain = (url: string) => isAllowedRequest({ url, fromWebContents: false }, root);

  it.each([
    'app://renderer/assets/index.js',
    'blob:app://renderer/6a1f-42',
    'data:image/png;base64,iVBORw0KGgo=',
    'devtools://devtools/bundled/inspector.html',
  ])('lets the page load %s', (url) => {
    expect(fromPage(url)).toBe(true);
  });

  it.each([
    'https://fonts.googleapis.com/css',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'wss://example.org/',
    'ftp://example.org/',
    'file:///etc/passwd',
    pathToFileURL(path.join(root, 'index.html')).toString(),
    'app://other/x.js',
    'chrome://gpu',
    'not a url',
  ])('blocks the page from loading %s', (url) => {
    expect(fromPage(url)).toBe(false);
  });

  it('lets the app:// handler read renderer files, and only those', () => {
    expect(fromMain(pathToFileURL(path.join(root, 'assets', 'index.js')).toString())).toBe(true);
    expect(fromMain(pathToFileURL(path.join(root, '..', 'secrets.json')).toString())).toBe(false);
    expect(fromMain('file:///etc/passwd')).toBe(false);
    expect(fromMain('https://example.org/')).toBe(false);
  });
});

describe('urlForLog', () => {
  it.each([
    ['mailto:szoke.odon@police.hu', 'mailto:…'],
    ['tel:+36 1 443 5000', 'tel:…'],
    ['https://police.hu/hu/a-rendorseg?name=Szőke%20Ödön', 'https://police.hu/…'],
    ['file:///home/delegate/Szőke%20Ödön.docx', 'file:…'],
    ['javascript:alert("Szőke Ödön")', 'javascript:…'],
    ['not a url', '(not a URL)'],
  ])('writes %s to the log as %s: never an address, a path or a query', (url, logged) => {
    expect(urlForLog(url)).toBe(logged);
  });
});
