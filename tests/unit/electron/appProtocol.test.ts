import * as path from 'path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  createAppRequestHandler,
  isInsideFolder,
  resolveAppRequest,
} from '../../../electron/appProtocol';

const root = path.resolve('/opt/delegation-desk/dist-renderer');

function fileFor(url: string): string {
  const result = resolveAppRequest(url, root);
  if (!result.ok) throw new Error(`${url} refused: ${result.reason}`);
  return result.filePath;
}

function statusFor(
  url: string,
  rootDir = root,
  pathApi: typeof path.posix | typeof path.win32 = path,
): number {
  const result = resolveAppRequest(url, rootDir, pathApi);
  if (result.ok) throw new Error(`${url} was served from ${result.filePath}`);
  return result.status;
}

describe('resolveAppRequest', () => {
  it('serves files inside the renderer folder', () => {
    expect(fileFor('app://renderer/index.html')).toBe(path.join(root, 'index.html'));
    expect(fileFor('app://renderer/assets/index-B2x9.js')).toBe(path.join(root, 'assets', 'index-B2x9.js'));
    expect(fileFor('app://renderer/assets/noto%20sans.woff2?v=1#x')).toBe(
      path.join(root, 'assets', 'noto sans.woff2'),
    );
  });

  it('serves index.html for the root and for client-side routes', () => {
    expect(fileFor('app://renderer')).toBe(path.join(root, 'index.html'));
    expect(fileFor('app://renderer/')).toBe(path.join(root, 'index.html'));
    expect(fileFor('app://renderer/itinerary/day/3')).toBe(path.join(root, 'index.html'));
  });

  it('keeps literal and encoded .. inside the folder (the URL parser collapses them before we see them)', () => {
    // WHATWG URL parsing treats "..", ".%2e" and "%2e%2e" alike as dot segments and cannot climb above "/".
    expect(fileFor('app://renderer/../../../etc/passwd.txt')).toBe(path.join(root, 'etc', 'passwd.txt'));
    expect(fileFor('app://renderer/assets/../../index.html')).toBe(path.join(root, 'index.html'));
    expect(fileFor('app://renderer/%2e%2e/%2e%2e/etc/passwd.txt')).toBe(path.join(root, 'etc', 'passwd.txt'));
    expect(fileFor('app://renderer/assets/%2E%2E/.%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
  });

  it.each([
    'app://renderer/..%2f..%2fetc%2fpasswd.txt',
    'app://renderer/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://renderer/assets/..%5c..%5csecret.txt',
    'app://renderer/%2fetc%2fpasswd.txt',
    'app://renderer/%5c%5cserver%5cshare%5cx.txt',
    'app://renderer/C:/Windows/win.ini',
    'app://renderer/C%3a%5cWindows%5cwin.ini',
    'app://renderer/index.html%00.png',
    'app://renderer/index.html::$DATA',
  ])('refuses traversal or absolute path %s', (url) => {
    expect(statusFor(url)).toBe(403);
  });

  it('refuses malformed percent-encoding', () => {
    expect(statusFor('app://renderer/%E0%A4%A.js')).toBe(400);
  });

  it('refuses other hosts and schemes', () => {
    expect(statusFor('app://other/index.html')).toBe(404);
    expect(statusFor('file:///etc/passwd')).toBe(404);
    expect(statusFor('https://renderer/index.html')).toBe(404);
    expect(statusFor('nonsense')).toBe(400);
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Delegation Desk\\resources\\app.asar\\dist-renderer';
    const ok = resolveAppRequest('app://renderer/assets/app.js', winRoot, path.win32);
    expect(ok).toEqual({ ok: true, filePath: `${winRoot}\\assets\\app.js` });
    expect(statusFor('app://renderer/..%5C..%5Cwin.ini', winRoot, path.win32)).toBe(403);
    expect(statusFor('app://renderer/D:%5Csecret.txt', winRoot, path.win32)).toBe(403);
  });
});

describe('isInsideFolder', () => {
  it('accepts descendants only', () => {
    expect(isInsideFolder('/a/b/c.js', '/a/b')).toBe(true);
    expect(isInsideFolder('/a/b', '/a/b')).toBe(false);
    expect(isInsideFolder('/a/b-evil/c.js', '/a/b')).toBe(false);
    expect(isInsideFolder('/a/c.js', '/a/b')).toBe(false);
    expect(isInsideFolder('/a/b/..c/x.js', '/a/b')).toBe(true);
    expect(isInsideFolder('D:\\x.js', 'C:\\app', path.win32)).toBe(false);
    expect(isInsideFolder('c:\\APP\\x.js', 'C:\\app', path.win32)).toBe(true);
  });
});

describe('contentTypeFor', () => {
  it('gives module scripts a JavaScript type and unknown files a safe default', () => {
    expect(contentTypeFor('/r/assets/index.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/fonts/noto.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/thing.bin')).toBe('application/octet-stream');
  });
});

describe('createAppRequestHandler', () => {
  const files: Record<string, string> = {
    [path.join(root, 'index.html')]: '<!doctype html><title>x</title>',
  };
  const fetched: string[] = [];
  const handler = createAppRequestHandler({
    rootDir: root,
    fetchFile: async (fileUrl) => {
      fetched.push(fileUrl);
      const body =
        files[
          new URL(fileUrl).pathname
            .replace(/^\/([A-Za-z]:)/, '$1')
            .split('/')
            .join(path.sep)
        ];
      if (body === undefined) throw new Error('net::ERR_FILE_NOT_FOUND');
      return new Response(body);
    },
  });

  it('serves a file with the strict CSP and explicit content type', async () => {
    const response = await handler({ url: 'app://renderer/', method: 'GET' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<!doctype html>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('has the CSP the shell promises', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
  });

  it('answers 404 for a missing file and 403 for traversal without touching the disk', async () => {
    expect((await handler({ url: 'app://renderer/missing.js', method: 'GET' })).status).toBe(404);
    fetched.length = 0;
    expect((await handler({ url: 'app://renderer/..%2fsecret.txt', method: 'GET' })).status).toBe(403);
    expect(fetched).toEqual([]);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handler({ url: 'app://renderer/index.html', method: 'POST' })).status).toBe(405);
    const head = await handler({ url: 'app://renderer/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
