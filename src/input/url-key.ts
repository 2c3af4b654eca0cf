// Input stage: the one key that tells two URLs are the same page (feed dedup, --urls-from dedup, --state entries).

/** Lower-case hex in a percent escape ("%2f"): RFC 3986 §6.2.2.1 makes "%2F" and "%2f" the same character. */
const LOWER_ESCAPE = /%[0-9a-f][0-9a-f]|%[0-9A-F][a-f]|%[a-f][0-9A-F]/g;

/**
 * The key that tells two URLs are the same page. The WHATWG URL parser already lower-cases the scheme and host and
 * drops a default port ("HTTP://Example.org:80/a" → "http://example.org/a"); on top of that the fragment is dropped
 * (never sent to the server: "…/x#comments" is "…/x"), an empty query too ("…/x?" asks the server for "…/x"), and
 * percent escapes are upper-cased. A string that is not a URL is its own key.
 */
export function toUrlKey(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw;
  }
  u.hash = '';
  // "?" alone: `search` reads "" for both "…/x?" and "…/x", and setting it to "" drops the "?"
  if (u.search === '') u.search = '';
  const href = u.href;
  return href.includes('%') ? href.replace(LOWER_ESCAPE, (e) => e.toUpperCase()) : href;
}

/**
 * A key toUrlKey would leave as it is: lower-case host, no port 80/443, only characters the URL parser keeps, escapes
 * upper-cased, no "." / ".." segment, no fragment, no bare "?". Tested before parsing: a state file holds 100,000 keys
 * and parsing them all costs most of a second.
 */
const NORMAL_KEY = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::[1-9]\d{0,4})?\/(?:[\w\-.~!$&'()*+,;=:@/]|%[0-9A-F]{2})*(?:\?(?:[\w\-.~!$&()*+,;=:@/?]|%[0-9A-F]{2})+)?$/;
const NOT_NORMAL_KEY = /\/\.\.?(?:[/?]|$)|^http:\/\/[^/]*:80\/|^https:\/\/[^/]*:443\/|^https?:\/\/(?:[^/]*\.)?xn--|^https?:\/\/[0-9.]*0x/i;

/** toUrlKey, skipping the parse for the usual key that is plainly normal already. */
export function toUrlKeyFast(key: string): string {
  return NORMAL_KEY.test(key) && !NOT_NORMAL_KEY.test(key) ? key : toUrlKey(key);
}
