// Serving the built renderer over app://renderer/. The pure parts live here so the unit tests can attack
// them with traversal tricks; main.ts only plugs createAppRequestHandler into protocol.handle with net.fetch.
import * as nodePath from 'path';
import { pathToFileURL } from 'url';
import { isAppUrl, parseUrl } from './appOrigin';

/**
 * Mantine writes inline style attributes, hence 'unsafe-inline' for styles only. Scripts are strictly
 * same-origin, and nothing may be framed, posted or fetched elsewhere. 'wasm-unsafe-eval' lets the
 * bundled Argon2id (hash-wasm) compile its WebAssembly; it allows no JavaScript eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Chromium refuses module scripts without a JavaScript MIME type, so types are set explicitly. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for every file the app serves; nosniff makes the explicit Content-Type binding. */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // index.html is not content-hashed; after an update it must not come from a cache.
    'Cache-Control': 'no-cache',
  };
}

export type AppRequestResolution =
  { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/** The subset of node:path used, so tests can check Windows rules with path.win32 on any machine. */
export type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/** True when filePath lies strictly inside folder (not the folder itself, not a sibling such as folder-x). */
export function isInsideFolder(filePath: string, folder: string, pathApi: PathApi = nodePath): boolean {
  const relative = pathApi.relative(pathApi.resolve(folder), pathApi.resolve(filePath));
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${pathApi.sep}`) &&
    !pathApi.isAbsolute(relative)
  );
}

/** Characters that never belong in a served segment: separators, drive/stream colons, NUL and controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern rejects
const FORBIDDEN_SEGMENT_CHARS = /[/\\:\u0000-\u001f\u007f]/;

/**
 * Maps an app:// URL to a file inside rootDir, or says why not. The URL parser has already collapsed "..",
 * "%2e%2e" and friends; each remaining segment is percent-decoded on its own, so an encoded "%2f" or "%5c"
 * cannot become a hidden separator and a decoded ".." is refused rather than resolved.
 * A path whose last segment has no dot is a client-side route and gets index.html (router fallback).
 */
export function resolveAppRequest(
  requestUrl: string,
  rootDir: string,
  pathApi: PathApi = nodePath,
): AppRequestResolution {
  const parsed = parseUrl(requestUrl);
  if (parsed === null) return { ok: false, status: 400, reason: 'not a URL' };
  if (!isAppUrl(requestUrl)) return { ok: false, status: 404, reason: 'not the app origin' };

  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'malformed percent-encoding' };
    }
    if (segment === '.' || segment === '..') return { ok: false, status: 403, reason: 'dot segment' };
    if (FORBIDDEN_SEGMENT_CHARS.test(segment)) {
      return { ok: false, status: 403, reason: 'forbidden character in path' };
    }
    segments.push(segment);
  }

  const last = segments[segments.length - 1];
  if (last === undefined || !last.includes('.')) {
    segments.splice(0, segments.length, 'index.html');
  }

  const filePath = pathApi.resolve(rootDir, ...segments);
  // Belt and braces: whatever the rules above missed, the result must still sit inside the root.
  if (!isInsideFolder(filePath, rootDir, pathApi)) {
    return { ok: false, status: 403, reason: 'outside the renderer folder' };
  }
  return { ok: true, filePath };
}

export interface AppRequestHandlerDeps {
  /** Folder with the built renderer (dist-renderer/). */
  rootDir: string;
  /** Reads a file: URL; Electron's net.fetch in main.ts. */
  fetchFile(fileUrl: string): Promise<Response>;
  log?(message: string, detail?: unknown): void;
}

/** Builds the protocol.handle('app', …) handler: GET/HEAD only, files from rootDir, security headers on. */
export function createAppRequestHandler(
  deps: AppRequestHandlerDeps,
): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const resolution = resolveAppRequest(request.url, deps.rootDir);
    if (!resolution.ok) {
      deps.log?.(`app:// refused ${request.url}: ${resolution.reason}`);
      return new Response(null, { status: resolution.status });
    }
    try {
      const file = await deps.fetchFile(pathToFileURL(resolution.filePath).toString());
      if (!file.ok) return new Response(null, { status: 404 });
      if (request.method === 'HEAD') await file.body?.cancel();
      const body = request.method === 'HEAD' ? null : file.body;
      return new Response(body, { status: 200, headers: appResponseHeaders(resolution.filePath) });
    } catch (error) {
      // net.fetch rejects for a missing file; that is a plain 404 for the page.
      deps.log?.(`app:// could not read ${resolution.filePath}`, error);
      return new Response(null, { status: 404 });
    }
  };
}
