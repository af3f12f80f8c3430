import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';
import { pickLocale } from '../../src/i18n/locale.js';

type Tree = { readonly [k: string]: unknown };

/** Every leaf path of a catalogue, with `()` marking message functions. */
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') return [path];
    if (typeof v === 'function') return [`${path}()`];
    if (Array.isArray(v)) return v.map((_, i) => `${path}[${i}]`);
    return leaves(v as Tree, path);
  });
}

describe('message catalogues', () => {
  it('have exactly the same keys in Finnish and English', () => {
    expect(leaves(en)).toEqual(leaves(fi));
  });

  it('have no empty strings', () => {
    const values = (t: Tree): unknown[] =>
      Object.values(t).flatMap((v) => (v && typeof v === 'object' ? values(v as Tree) : [v]));
    for (const v of [...values(fi), ...values(en)]) if (typeof v === 'string') expect(v.trim()).not.toBe('');
  });
});

describe('pickLocale', () => {
  it.each([
    ['fi-FI', 'fi'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['sv-SE', 'fi'],
    ['', 'fi'],
    [undefined, 'fi'],
    ['english', 'fi'],
  ])('maps the Teams locale %s to %s', (teams, expected) => {
    expect(pickLocale(teams)).toBe(expected);
  });
});
