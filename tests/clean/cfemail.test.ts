import { describe, expect, it } from 'vitest';
import { cfHexFromHref, parseCfEmail, toCfEmail } from '../../src/clean/cfemail.js';

describe('parseCfEmail', () => {
  it.each([
    [toCfEmail('desk@valley-news.example', 0x5a), 'desk@valley-news.example'],
    [toCfEmail('publications@globalresearch.ca', 0x13), 'publications@globalresearch.ca'],
    // key 0x00 leaves the bytes as they are
    ['00614062', 'a@b'],
    // 0xff is not UTF-8
    ['00ff', null],
    ['xyz', null],
    ['abc', null],
    ['42', null],
  ])('%s → %s', (hex, address) => {
    expect(parseCfEmail(hex)).toBe(address);
  });
});

describe('cfHexFromHref', () => {
  it.each([
    ['/cdn-cgi/l/email-protection#5a3e3f', '5a3e3f'],
    ['/cdn-cgi/l/email-protection', null],
    ['mailto:desk@example.org', null],
  ])('%s → %s', (href, hex) => {
    expect(cfHexFromHref(href)).toBe(hex);
  });
});
