// Clean stage: decodes Cloudflare-obfuscated e-mail addresses ("[email protected]" links) back to the address.

/**
 * Decodes a Cloudflare `data-cfemail` hex string: the first byte is the XOR key for every following byte.
 * Returns null when the string is not well-formed hex (odd length, bad digits, nothing after the key).
 * `parseCfEmail(toCfEmail('desk@example.org'))` → "desk@example.org".
 */
export function parseCfEmail(hex: string): string | null {
  const clean = hex.trim();
  if (clean.length < 4 || clean.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(clean)) return null;
  const key = parseInt(clean.slice(0, 2), 16);
  const bytes: number[] = [];
  for (let i = 2; i < clean.length; i += 2) bytes.push(parseInt(clean.slice(i, i + 2), 16) ^ key);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/** The hex payload of a Cloudflare protection link `href="/cdn-cgi/l/email-protection#<hex>"`, else null. */
export function cfHexFromHref(href: string): string | null {
  const m = /\/cdn-cgi\/l\/email-protection#([0-9a-fA-F]+)/.exec(href);
  return m ? m[1]! : null;
}

/** Encodes an address the way Cloudflare does (for tests and fixtures): key byte, then each byte XOR key. */
export function toCfEmail(address: string, key = 0x42): string {
  const hex = (n: number): string => n.toString(16).padStart(2, '0');
  return hex(key) + Array.from(new TextEncoder().encode(address), (b) => hex(b ^ key)).join('');
}
