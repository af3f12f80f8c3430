/**
 * Checks the HELD-OUT anonymity corpus itself, not the detector: sizes, coverage of every finding
 * kind, unique ids, plants that really occur in their texts, and check characters that match the
 * labels. The checksum helpers are written here on purpose so that the corpus does not depend on
 * the detector it measures.
 */
import { describe, expect, it } from 'vitest';
import type { FindingKind } from '../../../src/domain/anonymity/finding.js';
import { HELD_OUT_CLEAN } from '../../fixtures/anonymity/held-out/clean.js';
import { HELD_OUT_CHECKSUM_LABELS, HELD_OUT_PLANTED } from '../../fixtures/anonymity/held-out/planted.js';

const ALL_KINDS: readonly FindingKind[] = [
  'identity-code',
  'phone',
  'email',
  'iban',
  'street-address',
  'postal-code',
  'business-id',
  'date-of-birth',
  'name',
];

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const HETU_SHAPE = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/;

/** Parses an identity code; `undefined` when it does not have the shape DDMMYYCNNNK. */
const parseHetu = (value: string) => {
  const m = HETU_SHAPE.exec(value.toUpperCase());
  if (!m) return undefined;
  const [, dd, mm, yy, , nnn, check] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const expected = HETU_CHECK[Number(`${dd}${mm}${yy}${nnn}`) % 31];
  return { individual: Number(nnn), checkOk: expected === check };
};

const ibanChecksumOk = (value: string): boolean => {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (!/^FI\d{16}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(digits) % 97n === 1n;
};

const businessIdChecksumOk = (value: string): boolean => {
  const m = /^(\d{7})-(\d)$/.exec(value);
  if (!m) return false;
  const [, body, check] = m as unknown as [string, string, string];
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  const r = sum % 11;
  if (r === 1) return false;
  return Number(check) === (r === 0 ? 0 : 11 - r);
};

describe('checksum helpers of this test', () => {
  it('agree with the reference examples', () => {
    expect(parseHetu('131052-308T')?.checkOk).toBe(true);
    expect(parseHetu('290200A1239')?.checkOk).toBe(true);
    expect(parseHetu('131052-308U')?.checkOk).toBe(false);
    expect(ibanChecksumOk('FI21 1234 5600 0007 85')).toBe(true);
    expect(ibanChecksumOk('FI21 1234 5600 0007 86')).toBe(false);
    expect(businessIdChecksumOk('2077474-0')).toBe(true);
    expect(businessIdChecksumOk('0737546-2')).toBe(true);
    expect(businessIdChecksumOk('0737546-3')).toBe(false);
  });
});

describe('held-out anonymity corpus', () => {
  const plants = HELD_OUT_PLANTED.flatMap((t) => t.plants.map((p) => ({ ...p, id: t.id, text: t.text })));

  it('is large enough', () => {
    expect(HELD_OUT_CLEAN.length).toBeGreaterThanOrEqual(150);
    expect(HELD_OUT_PLANTED.length).toBeGreaterThanOrEqual(150);
    expect(plants.filter((p) => p.kind === 'name').length).toBeGreaterThanOrEqual(80);
  });

  it('covers every finding kind', () => {
    const kinds = new Set(plants.map((p) => p.kind));
    for (const kind of ALL_KINDS) expect(kinds, kind).toContain(kind);
  });

  it('has unique ids across both sets', () => {
    const ids = [...HELD_OUT_CLEAN.map((t) => t.id), ...HELD_OUT_PLANTED.map((t) => t.id)];
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('has no duplicate texts', () => {
    const texts = [...HELD_OUT_CLEAN.map((t) => t.text), ...HELD_OUT_PLANTED.map((t) => t.text)];
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it('gives every planted text at least one plant, each occurring in its text exactly', () => {
    for (const t of HELD_OUT_PLANTED) expect(t.plants.length, t.id).toBeGreaterThan(0);
    const missing = plants.filter((p) => p.value.length === 0 || !p.text.includes(p.value));
    expect(missing.map((p) => `${p.id}: ${p.value}`)).toEqual([]);
  });

  it('labels the check character of every planted identity code, IBAN and business id', () => {
    const labelled = new Set(HELD_OUT_CHECKSUM_LABELS.map((l) => `${l.kind}|${l.value}`));
    const unlabelled = plants
      .filter((p) => p.kind === 'identity-code' || p.kind === 'iban' || p.kind === 'business-id')
      .filter((p) => !labelled.has(`${p.kind}|${p.value}`));
    expect(unlabelled.map((p) => `${p.id}: ${p.value}`)).toEqual([]);
    const planted = new Set(plants.map((p) => `${p.kind}|${p.value}`));
    const stale = HELD_OUT_CHECKSUM_LABELS.filter((l) => !planted.has(`${l.kind}|${l.value}`));
    expect(stale).toEqual([]);
  });

  it.each(HELD_OUT_CHECKSUM_LABELS.map((l) => [l.kind, l.value, l.label] as const))(
    '%s %s is %s',
    (kind, value, label) => {
      if (kind === 'identity-code') {
        const hetu = parseHetu(value);
        expect(hetu, 'has the DDMMYYCNNNK shape').toBeDefined();
        expect(hetu?.checkOk).toBe(label !== 'bad-check');
        if (label === 'temporary') expect(hetu?.individual).toBeGreaterThanOrEqual(900);
        if (label === 'valid') expect(hetu?.individual).toBeLessThan(900);
      } else if (kind === 'iban') {
        expect(label).not.toBe('temporary');
        expect(/^FI\d{16}$/.test(value.replace(/\s+/g, '').toUpperCase()), 'FI + 16 digits').toBe(true);
        expect(ibanChecksumOk(value)).toBe(label === 'valid');
      } else {
        expect(label).not.toBe('temporary');
        expect(/^\d{7}-\d$/.test(value), 'NNNNNNN-C').toBe(true);
        expect(businessIdChecksumOk(value)).toBe(label === 'valid');
      }
    },
  );

  it('has the minimum number of plants per kind', () => {
    const count = (kind: FindingKind) => plants.filter((p) => p.kind === kind).length;
    expect(count('phone')).toBeGreaterThanOrEqual(15);
    expect(count('email')).toBeGreaterThanOrEqual(15);
    expect(count('identity-code')).toBeGreaterThanOrEqual(12);
    expect(count('iban')).toBeGreaterThanOrEqual(8);
    expect(count('street-address')).toBeGreaterThanOrEqual(15);
    expect(count('postal-code')).toBeGreaterThanOrEqual(10);
    expect(count('date-of-birth')).toBeGreaterThanOrEqual(12);
    expect(count('business-id')).toBeGreaterThanOrEqual(5);
  });

  it('uses only example e-mail domains', () => {
    const domainOk = /(esimerkki|example|posti\s*\.?\s*invalid)/i;
    const bad = plants.filter((p) => p.kind === 'email' && !domainOk.test(p.value));
    expect(bad.map((p) => p.value)).toEqual([]);
  });
});
