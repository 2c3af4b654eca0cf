// Input stage: fetching through the HTTP(S) proxy the environment names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, upper or
// lower case), as curl and wget do. Node 20's fetch ignores these variables, so on a machine that reaches the web
// only through a company proxy every URL failed with "network error" while curl on the same line worked.
import { InputError } from '../errors.js';
import { keepContentEncoding } from './content-encoding.js';

/** The proxy variables, as the environment gives them (the lower-case form wins, as in curl). */
export interface ProxySettings {
  httpProxy: string | null;
  httpsProxy: string | null;
  noProxy: string | null;
}

/** What `proxySettingsOf` reads, upper and lower case: [setting, names in order of precedence]. */
const PROXY_VARIABLES: ReadonlyArray<readonly [keyof ProxySettings, readonly string[]]> = [
  ['httpProxy', ['http_proxy', 'HTTP_PROXY']],
  ['httpsProxy', ['https_proxy', 'HTTPS_PROXY']],
  ['noProxy', ['no_proxy', 'NO_PROXY']],
];

/** The proxy settings of an environment; null when it names no proxy (NO_PROXY alone changes nothing). */
export function proxySettingsOf(env: Record<string, string | undefined>): ProxySettings | null {
  const settings: ProxySettings = { httpProxy: null, httpsProxy: null, noProxy: null };
  for (const [key, names] of PROXY_VARIABLES) {
    for (const name of names) {
      const value = env[name]?.trim();
      if (value) {
        settings[key] = value;
        break;
      }
    }
  }
  return settings.httpProxy || settings.httpsProxy ? settings : null;
}

/**
 * A proxy variable's value as a URL: "proxy.example:3128" means http://proxy.example:3128, as in curl. Null for a
 * value that is no http(s) URL (socks5:// and the like are not supported).
 */
export function parseProxyUrl(value: string): URL | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A proxy URL fit for messages: scheme, user and host; a password is shown as ***. */
export function redactProxy(url: URL): string {
  const auth = url.username ? `${url.username}${url.password ? ':***' : ''}@` : '';
  return `${url.protocol}//${auth}${url.host}`;
}

/**
 * True when NO_PROXY exempts this host ("*", "example.org" for it and its subdomains, ".example.org",
 * "host:port"), as undici decides; only used to say in a message whether a failure came through the proxy.
 */
export function bypassesProxy(url: URL, noProxy: string | null): boolean {
  if (!noProxy) return false;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return noProxy.split(/[\s,]+/).some((raw) => {
    const entry = raw.trim().toLowerCase();
    if (!entry) return false;
    if (entry === '*') return true;
    const [name, entryPort] = /^\[?[^\]]*\]?:\d+$/.test(entry) ? [entry.slice(0, entry.lastIndexOf(':')), entry.slice(entry.lastIndexOf(':') + 1)] : [entry, null];
    if (entryPort && entryPort !== port) return false;
    const bare = name.replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
    return host === bare || host.endsWith(`.${bare}`);
  });
}

/** Set on an error that came through the proxy, so the input stage can name it in its message. */
export const VIA_PROXY = Symbol.for('news-extract.via-proxy');

/**
 * A fetch that goes through the environment's proxy, or `fallback` when it names none. undici (fetch's own engine,
 * as a package) is loaded on the first request only, so runs that fetch nothing, or run without a proxy, never pay
 * for it. A variable that is no proxy URL makes every fetch fail with input/bad-proxy, saying which variable to fix,
 * rather than going around the proxy the user asked for.
 */
export function fetchFromEnv(env: Record<string, string | undefined>, fallback: typeof fetch): typeof fetch {
  const settings = proxySettingsOf(env);
  if (!settings) return fallback;
  for (const [key, names] of PROXY_VARIABLES) {
    const value = settings[key];
    if (key === 'noProxy' || !value || parseProxyUrl(value)) continue;
    const name = names.find((n) => env[n]?.trim() === value) ?? names[1]!;
    const bad = new InputError('input/bad-proxy', `${name} is "${value.replace(/\/\/[^/@]*@/, '//***@')}", not an http(s) proxy URL (http://host:port); fix or unset it.`);
    return (() => Promise.reject(bad)) as unknown as typeof fetch;
  }
  const http = settings.httpProxy ? parseProxyUrl(settings.httpProxy) : null;
  const https = settings.httpsProxy ? parseProxyUrl(settings.httpsProxy) : null;
  let loaded: Promise<typeof fetch> | null = null;
  const load = async (): Promise<typeof fetch> => {
    const undici = await import('undici');
    // bodies left compressed, for content-encoding.ts to notice one cut short
    const dispatcher = keepContentEncoding(new undici.EnvHttpProxyAgent({
      // https URLs go through HTTPS_PROXY, or HTTP_PROXY when only that is set (curl does the same)
      httpProxy: http?.href,
      httpsProxy: (https ?? http)?.href,
      noProxy: settings.noProxy ?? '',
      // An http URL is sent to the proxy as an ordinary request in absolute form, as curl does, not through a CONNECT
      // tunnel: Squid and most company proxies allow CONNECT only to port 443 and refuse it for port 80.
      proxyTunnel: false,
    })) as unknown as import('undici').Dispatcher;
    return ((input: string | URL, init?: RequestInit) => undici.fetch(input, { ...(init as object), dispatcher })) as unknown as typeof fetch;
  };
  return (async (input: string | URL | Request, init?: RequestInit) => {
    loaded ??= load();
    const proxied = await loaded;
    const target = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const proxy = bypassesProxy(target, settings.noProxy) ? null : target.protocol === 'https:' ? (https ?? http) : http;
    try {
      return await proxied(input as string, init);
    } catch (err) {
      if (proxy && err && typeof err === 'object') (err as Record<symbol, string>)[VIA_PROXY] = redactProxy(proxy);
      throw err;
    }
  }) as typeof fetch;
}
