/**
 * What of an error may reach the desktop log. The log is sent with support requests and must carry
 * nothing of the tour, but an error's message can quote what it failed on: an e-mail address, a
 * phone number, a name or a text in quotes, a URL with a path. Those are replaced by a mark; the
 * error's kind and the code locations in its stack stay, which is what support needs.
 */
const EMAIL = /[^\s@"'<>()[\],;:]+@[^\s@"'<>()[\],;:]+\.[^\s@"'<>()[\],;:]+/g;
const URL_WITH_PATH = /\b([a-z][a-z0-9+.-]*:)\/\/([^\s/"'<>]*)[^\s"'<>]*/gi;
const MAIL_OR_PHONE_LINK = /\b(mailto|tel):[^\s"'<>]+/gi;
const PHONE = /\+?\d[\d ()-]{6,}\d/g;
const QUOTED = /"[^"\n]*"|'[^'\n]*'|«[^»\n]*»|„[^“”\n]*[“”]|“[^”\n]*”/g;

export function redactForLog(text: string): string {
  return text
    .replace(MAIL_OR_PHONE_LINK, '$1:…')
    .replace(URL_WITH_PATH, (_whole, scheme: string, host: string) =>
      // The app's own scripts (app://renderer/assets/…) locate the error in the code: kept.
      scheme.toLowerCase() === 'app:' ? _whole : `${scheme}//${host}/…`,
    )
    .replace(EMAIL, '…@…')
    .replace(QUOTED, '"…"')
    .replace(PHONE, '…');
}
