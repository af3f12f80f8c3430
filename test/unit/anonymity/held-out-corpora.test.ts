/**
 * Checks held-out corpora B, C, D, E, G, I, K, N, O, R, T, V, W and X themselves, not the detector: sizes, unique ids and texts, every plant
 * inside its text, checksum labels that match the codes, temporary identity codes in 900–999,
 * and e-mail plants on example domains only. The checksum helpers are written here, apart from
 * the detector, and checked against the reference examples first.
 */
import { describe, expect, it } from 'vitest';
import type { FindingKind } from '../../../src/domain/anonymity/finding.js';
import type { CleanText } from '../../fixtures/anonymity/clean-corpus.js';
import { HELD_OUT_B_CLEAN } from '../../fixtures/anonymity/held-out-b/clean.js';
import {
  HELD_OUT_B_CHECKSUM_LABELS,
  HELD_OUT_B_PLANTED,
  type ChecksumLabel,
} from '../../fixtures/anonymity/held-out-b/planted.js';
import { HELD_OUT_C_CLEAN } from '../../fixtures/anonymity/held-out-c/clean.js';
import {
  HELD_OUT_C_CHECKSUM_LABELS,
  HELD_OUT_C_PLANTED,
} from '../../fixtures/anonymity/held-out-c/planted.js';
import { HELD_OUT_D_CLEAN } from '../../fixtures/anonymity/held-out-d/clean.js';
import { HELD_OUT_D_PLANTED } from '../../fixtures/anonymity/held-out-d/planted.js';
import { HELD_OUT_E_CLEAN } from '../../fixtures/anonymity/held-out-e/clean.js';
import { HELD_OUT_E_PLANTED } from '../../fixtures/anonymity/held-out-e/planted.js';
import { HELD_OUT_G_CLEAN } from '../../fixtures/anonymity/held-out-g/clean.js';
import { HELD_OUT_G_PLANTED } from '../../fixtures/anonymity/held-out-g/planted.js';
import { HELD_OUT_I_CLEAN } from '../../fixtures/anonymity/held-out-i/clean.js';
import { HELD_OUT_I_PLANTED } from '../../fixtures/anonymity/held-out-i/planted.js';
import { HELD_OUT_K_CLEAN } from '../../fixtures/anonymity/held-out-k/clean.js';
import { HELD_OUT_K_PLANTED } from '../../fixtures/anonymity/held-out-k/planted.js';
import { HELD_OUT_N_CLEAN } from '../../fixtures/anonymity/held-out-n/clean.js';
import { HELD_OUT_N_PLANTED } from '../../fixtures/anonymity/held-out-n/planted.js';
import { HELD_OUT_R_CLEAN } from '../../fixtures/anonymity/held-out-r/clean.js';
import { HELD_OUT_R_PLANTED } from '../../fixtures/anonymity/held-out-r/planted.js';
import { HELD_OUT_T_CLEAN } from '../../fixtures/anonymity/held-out-t/clean.js';
import { HELD_OUT_T_PLANTED } from '../../fixtures/anonymity/held-out-t/planted.js';
import { HELD_OUT_V_CLEAN } from '../../fixtures/anonymity/held-out-v/clean.js';
import { HELD_OUT_V_PLANTED } from '../../fixtures/anonymity/held-out-v/planted.js';
import { HELD_OUT_W_CLEAN } from '../../fixtures/anonymity/held-out-w/clean.js';
import { HELD_OUT_W_PLANTED } from '../../fixtures/anonymity/held-out-w/planted.js';
import { HELD_OUT_X_CLEAN } from '../../fixtures/anonymity/held-out-x/clean.js';
import { HELD_OUT_X_PLANTED } from '../../fixtures/anonymity/held-out-x/planted.js';
import { HELD_OUT_O_CLEAN } from '../../fixtures/anonymity/held-out-o/clean.js';
import { HELD_OUT_O_PLANTED } from '../../fixtures/anonymity/held-out-o/planted.js';
import type { PlantedText } from '../../fixtures/anonymity/planted-corpus.js';

const HETU_CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY_OF_SIGN: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const HETU_FORMAT = /^(\d{2})(\d{2})(\d{2})([-+YXWVUABCDEF])(\d{3})([0-9A-Z])$/;

interface HetuParts {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly sign: string;
  readonly individual: number;
  readonly checkOk: boolean;
}

const parseHetu = (code: string): HetuParts | undefined => {
  const m = HETU_FORMAT.exec(code.replace(/\s+/g, '').toUpperCase());
  if (!m) return undefined;
  const [, dd = '', mm = '', yy = '', sign = '', nnn = '', check = ''] = m;
  const century = CENTURY_OF_SIGN[sign];
  if (century === undefined) return undefined;
  return {
    day: Number(dd),
    month: Number(mm),
    year: century + Number(yy),
    sign,
    individual: Number(nnn),
    checkOk: HETU_CHECK_CHARS[Number(`${dd}${mm}${yy}${nnn}`) % 31] === check,
  };
};

const isRealDate = (year: number, month: number, day: number): boolean => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

/** `undefined` when the text is not an identity code at all (format, sign or date). */
const hetuStatus = (code: string): ChecksumLabel | undefined => {
  const parts = parseHetu(code);
  if (!parts || !isRealDate(parts.year, parts.month, parts.day)) return undefined;
  if (parts.individual < 2) return undefined;
  if (!parts.checkOk) return 'bad-check';
  return parts.individual >= 900 ? 'temporary' : 'valid';
};

const ibanStatus = (value: string): ChecksumLabel | undefined => {
  const compact = value.replace(/[\s-]+/g, '').toUpperCase();
  // any country's IBAN: two letters, two check digits and up to 30 letters and digits ("FI…", "EE…", "GB…")
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return undefined;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1 ? 'valid' : 'bad-check';
};

const BUSINESS_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

const businessIdStatus = (value: string): ChecksumLabel | undefined => {
  // the VAT number form carries the same id: "FI12345678" is 1234567-8
  const m = /^(\d{7})-(\d)$/.exec(value) ?? /^FI ?(\d{7})(\d)$/i.exec(value);
  if (!m) return undefined;
  const [, body = '', check = ''] = m;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * (BUSINESS_ID_WEIGHTS[i] ?? 0), 0);
  const r = sum % 11;
  if (r === 1) return 'bad-check';
  return (r === 0 ? 0 : 11 - r) === Number(check) ? 'valid' : 'bad-check';
};

// E's author was asked for example.com/.org, example.fi and esimerkki.fi: synthetic text, never mailed
const EXAMPLE_DOMAINS = [
  'esimerkki.fi',
  'example.com',
  'example.org',
  'example.fi',
  'posti.invalid',
  'testi.invalid',
];

/** Undo the obfuscations workers use (" at ", "(at)", "[dot]", " piste ", spaced "@", a comma typed for a dot…). */
const deobfuscateEmail = (value: string): string =>
  value
    .toLowerCase()
    .replace(/\s*(\[dot\]|\(dot\)|\[piste\]|\(piste\)|\[\.\]|\(\.\))\s*/g, '.')
    .replace(/\s+(piste|dot)\s+/g, '.')
    .replace(/\s*(\[at\]|\(at\)|\(a\)|\[a\]|\[ät\]|\(ät\))\s*/g, '@')
    .replace(/\s+(at|ät)\s+/g, '@')
    .replace(/\s*@\s*/g, '@')
    .replace(/\s*[.,]\s*/g, '.');

interface HeldOutCorpus {
  readonly clean: readonly CleanText[];
  readonly planted: readonly PlantedText[];
  readonly labels: Readonly<Record<string, ChecksumLabel>>;
  readonly minimumTexts: { readonly clean: number; readonly planted: number };
  readonly minimumPlants: Readonly<Record<FindingKind, number>>;
  /** Century signs its identity codes must cover (C leaves out '+': nobody born in the 1800s is a client). */
  readonly centurySigns: readonly string[];
  /** Whether it must also plant bad check characters and temporary codes (D's codes are all valid, by design). */
  readonly hasBadChecks: boolean;
  /** At least one identity code typed in lower case (every corpus but X, whose brief did not ask for one). */
  readonly hasLowerCaseCode?: boolean;
  /** Clean notes that give an organisation's shared mailbox (a team's, not a person's): the only '@' allowed. */
  readonly organisationMail?: readonly string[];
  /** The longest text allowed (K's, N's and R's authors were asked for notes up to about 2,000 characters; the others 1,200). */
  readonly maximumLength?: number;
}

const CHECKSUM_KINDS: readonly FindingKind[] = ['identity-code', 'iban', 'business-id'];

/**
 * D labels every checksum plant valid (its header says so); E's, G's and I's identity codes are all temporary (900–999,
 * with a correct check), their IBANs and business IDs valid. The tests below check each one.
 */
const allValid = (
  planted: readonly PlantedText[],
  codes: ChecksumLabel = 'valid',
): Readonly<Record<string, ChecksumLabel>> =>
  Object.fromEntries(
    planted
      .flatMap((t) => t.plants)
      .filter((p) => CHECKSUM_KINDS.includes(p.kind))
      .map((p) => [p.value, p.kind === 'identity-code' ? codes : 'valid'] as const),
  );

const CORPORA: ReadonlyArray<readonly [string, HeldOutCorpus]> = [
  [
    'B',
    {
      clean: HELD_OUT_B_CLEAN,
      planted: HELD_OUT_B_PLANTED,
      labels: HELD_OUT_B_CHECKSUM_LABELS,
      centurySigns: Object.keys(CENTURY_OF_SIGN),
      hasBadChecks: true,
      minimumTexts: { clean: 170, planted: 170 },
      minimumPlants: {
        name: 90,
        phone: 20,
        email: 20,
        'identity-code': 15,
        iban: 10,
        'street-address': 20,
        'postal-code': 12,
        'date-of-birth': 15,
        'business-id': 6,
      },
    },
  ],
  [
    'C',
    {
      clean: HELD_OUT_C_CLEAN,
      planted: HELD_OUT_C_PLANTED,
      labels: HELD_OUT_C_CHECKSUM_LABELS,
      centurySigns: Object.keys(CENTURY_OF_SIGN).filter((sign) => sign !== '+'),
      hasBadChecks: true,
      minimumTexts: { clean: 120, planted: 220 },
      minimumPlants: {
        name: 170,
        phone: 25,
        email: 20,
        'identity-code': 30,
        iban: 6,
        'street-address': 25,
        'postal-code': 20,
        'date-of-birth': 15,
        'business-id': 6,
      },
    },
  ],
  [
    'D',
    {
      clean: HELD_OUT_D_CLEAN,
      planted: HELD_OUT_D_PLANTED,
      labels: allValid(HELD_OUT_D_PLANTED),
      centurySigns: ['-', 'Y', 'A', 'B', 'C'],
      hasBadChecks: false,
      minimumTexts: { clean: 160, planted: 300 },
      minimumPlants: {
        name: 200,
        phone: 30,
        email: 20,
        'identity-code': 25,
        iban: 12,
        'street-address': 30,
        'postal-code': 15,
        'date-of-birth': 25,
        'business-id': 6,
      },
    },
  ],
  [
    'E',
    {
      clean: HELD_OUT_E_CLEAN,
      planted: HELD_OUT_E_PLANTED,
      labels: allValid(HELD_OUT_E_PLANTED, 'temporary'),
      centurySigns: ['-', 'A'],
      hasBadChecks: false,
      minimumTexts: { clean: 120, planted: 280 },
      minimumPlants: {
        name: 450,
        phone: 25,
        email: 20,
        'identity-code': 20,
        iban: 10,
        'street-address': 20,
        'postal-code': 15,
        'date-of-birth': 20,
        'business-id': 5,
      },
    },
  ],
  [
    'G',
    {
      clean: HELD_OUT_G_CLEAN,
      planted: HELD_OUT_G_PLANTED,
      labels: allValid(HELD_OUT_G_PLANTED, 'temporary'),
      centurySigns: ['-', 'V', 'W', 'A', 'B', 'C', 'D', 'E'],
      hasBadChecks: false,
      minimumTexts: { clean: 320, planted: 350 },
      minimumPlants: {
        name: 700,
        phone: 35,
        email: 25,
        'identity-code': 30,
        iban: 12,
        'street-address': 35,
        'postal-code': 25,
        'date-of-birth': 24,
        'business-id': 10,
      },
    },
  ],
  [
    'I',
    {
      clean: HELD_OUT_I_CLEAN,
      planted: HELD_OUT_I_PLANTED,
      labels: allValid(HELD_OUT_I_PLANTED, 'temporary'),
      centurySigns: ['-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'],
      hasBadChecks: false,
      minimumTexts: { clean: 270, planted: 345 },
      minimumPlants: {
        name: 780,
        phone: 50,
        email: 24,
        'identity-code': 33,
        iban: 14,
        'street-address': 43,
        'postal-code': 28,
        'date-of-birth': 28,
        'business-id': 11,
      },
    },
  ],
  [
    'K',
    {
      clean: HELD_OUT_K_CLEAN,
      planted: HELD_OUT_K_PLANTED,
      labels: allValid(HELD_OUT_K_PLANTED, 'temporary'),
      centurySigns: ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'],
      hasBadChecks: false,
      maximumLength: 2000,
      organisationMail: ['kc-126-shared-mailbox-stomach-symptoms'],
      minimumTexts: { clean: 360, planted: 360 },
      minimumPlants: {
        name: 1050,
        phone: 70,
        email: 30,
        'identity-code': 30,
        iban: 16,
        'street-address': 85,
        'postal-code': 55,
        'date-of-birth': 54,
        'business-id': 9,
      },
    },
  ],
  [
    'N',
    {
      clean: HELD_OUT_N_CLEAN,
      planted: HELD_OUT_N_PLANTED,
      labels: allValid(HELD_OUT_N_PLANTED, 'temporary'),
      centurySigns: ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'],
      hasBadChecks: false,
      maximumLength: 2000,
      minimumTexts: { clean: 400, planted: 390 },
      minimumPlants: {
        name: 1240,
        phone: 105,
        email: 45,
        'identity-code': 45,
        iban: 19,
        'street-address': 130,
        'postal-code': 110,
        'date-of-birth': 90,
        'business-id': 14,
      },
    },
  ],
  [
    'R',
    {
      clean: HELD_OUT_R_CLEAN,
      planted: HELD_OUT_R_PLANTED,
      labels: allValid(HELD_OUT_R_PLANTED, 'temporary'),
      centurySigns: ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'],
      hasBadChecks: false,
      maximumLength: 2000,
      minimumTexts: { clean: 260, planted: 250 },
      minimumPlants: {
        name: 880,
        phone: 65,
        email: 28,
        'identity-code': 28,
        iban: 15,
        'street-address': 75,
        'postal-code': 65,
        'date-of-birth': 55,
        'business-id': 10,
      },
    },
  ],
  [
    'T',
    {
      clean: HELD_OUT_T_CLEAN,
      planted: HELD_OUT_T_PLANTED,
      labels: allValid(HELD_OUT_T_PLANTED, 'temporary'),
      centurySigns: ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'],
      hasBadChecks: false,
      maximumLength: 2000,
      minimumTexts: { clean: 280, planted: 240 },
      minimumPlants: {
        name: 1450,
        phone: 85,
        email: 36,
        'identity-code': 36,
        iban: 20,
        'street-address': 105,
        'postal-code': 99,
        'date-of-birth': 66,
        'business-id': 15,
      },
    },
  ],
  [
    'V',
    {
      clean: HELD_OUT_V_CLEAN,
      planted: HELD_OUT_V_PLANTED,
      labels: allValid(HELD_OUT_V_PLANTED, 'temporary'),
      centurySigns: ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'],
      hasBadChecks: false,
      maximumLength: 2000,
      minimumTexts: { clean: 180, planted: 130 },
      minimumPlants: {
        name: 700,
        phone: 43,
        email: 19,
        'identity-code': 19,
        iban: 9,
        'street-address': 46,
        'postal-code': 39,
        'date-of-birth': 34,
        'business-id': 7,
      },
    },
  ],
  [
    'W',
    {
      clean: HELD_OUT_W_CLEAN,
      planted: HELD_OUT_W_PLANTED,
      labels: allValid(HELD_OUT_W_PLANTED, 'temporary'),
      centurySigns: ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'],
      hasBadChecks: false,
      maximumLength: 2000,
      minimumTexts: { clean: 185, planted: 150 },
      minimumPlants: {
        name: 780,
        phone: 40,
        email: 18,
        'identity-code': 17,
        iban: 8,
        'street-address': 41,
        'postal-code': 35,
        'date-of-birth': 32,
        'business-id': 6,
      },
    },
  ],
  [
    'X',
    {
      clean: HELD_OUT_X_CLEAN,
      planted: HELD_OUT_X_PLANTED,
      labels: allValid(HELD_OUT_X_PLANTED, 'temporary'),
      centurySigns: ['-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'],
      hasBadChecks: false,
      hasLowerCaseCode: false,
      maximumLength: 2000,
      minimumTexts: { clean: 190, planted: 150 },
      minimumPlants: {
        name: 800,
        phone: 71,
        email: 27,
        'identity-code': 34,
        iban: 23,
        'street-address': 61,
        'postal-code': 44,
        'date-of-birth': 47,
        'business-id': 13,
      },
    },
  ],
  [
    'O',
    {
      clean: HELD_OUT_O_CLEAN,
      planted: HELD_OUT_O_PLANTED,
      labels: allValid(HELD_OUT_O_PLANTED, 'temporary'),
      centurySigns: ['+', '-', 'Y', 'X', 'A', 'B', 'C'],
      hasBadChecks: false,
      maximumLength: 2000,
      minimumTexts: { clean: 170, planted: 120 },
      minimumPlants: {
        name: 650,
        phone: 67,
        email: 33,
        'identity-code': 33,
        iban: 17,
        'street-address': 64,
        'postal-code': 56,
        'date-of-birth': 54,
        'business-id': 15,
      },
    },
  ],
];

const statusOf = (kind: FindingKind, value: string): ChecksumLabel | undefined => {
  if (kind === 'identity-code') return hetuStatus(value);
  if (kind === 'iban') return ibanStatus(value);
  return businessIdStatus(value);
};

describe('checksum helpers (against the reference examples)', () => {
  it.each(['131052-308T', '131052Y308T', '150895W226X', '030403A448C', '290200A1239'])(
    'identity code %s is valid',
    (code) => {
      expect(hetuStatus(code)).toBe('valid');
    },
  );

  it('rejects the reference invalid identity codes', () => {
    expect(hetuStatus('131052-308U')).toBe('bad-check');
    expect(hetuStatus('290200-1239')).toBeUndefined(); // 29.2.1900 does not exist
    expect(hetuStatus('131052Z308T')).toBeUndefined(); // no such century sign
  });

  it('calls 900–999 temporary and reads lower case', () => {
    expect(hetuStatus('131052-308t')).toBe('valid');
    expect(hetuStatus('090972-9410')).toBe('temporary');
  });

  it('checks business IDs', () => {
    expect(businessIdStatus('2077474-0')).toBe('valid');
    expect(businessIdStatus('0737546-2')).toBe('valid');
    expect(businessIdStatus('2077474-1')).toBe('bad-check');
  });

  it('checks IBANs', () => {
    expect(ibanStatus('FI21 1234 5600 0007 85')).toBe('valid');
    expect(ibanStatus('FI2112345600000785')).toBe('valid');
    expect(ibanStatus('FI21 1234 5600 0007 86')).toBe('bad-check');
  });

  it('undoes e-mail obfuscations', () => {
    expect(deobfuscateEmail('stina.holm [a] example.org')).toBe('stina.holm@example.org');
    expect(deobfuscateEmail('m.saarela[a]example[.]com')).toBe('m.saarela@example.com');
    expect(deobfuscateEmail('etunimi.sukunimi at esimerkki piste fi')).toBe('etunimi.sukunimi@esimerkki.fi');
    expect(deobfuscateEmail('a.b[at]example[dot]com')).toBe('a.b@example.com');
    expect(deobfuscateEmail('a (at) testi (dot) invalid')).toBe('a@testi.invalid');
    expect(deobfuscateEmail('x @ posti . invalid')).toBe('x@posti.invalid');
    expect(deobfuscateEmail('ritva,harju@esimerkki,fi')).toBe('ritva.harju@esimerkki.fi');
  });
});

describe.each(CORPORA)('held-out corpus %s', (_name, corpus) => {
  const plantsOf = (kind: FindingKind) =>
    corpus.planted.flatMap((text) => text.plants.filter((plant) => plant.kind === kind));

  it('has at least the planned number of clean and planted texts', () => {
    expect(corpus.clean.length).toBeGreaterThanOrEqual(corpus.minimumTexts.clean);
    expect(corpus.planted.length).toBeGreaterThanOrEqual(corpus.minimumTexts.planted);
  });

  it.each(Object.entries(corpus.minimumPlants))(
    'has at least the planned number of %s plants',
    (kind, minimum) => {
      expect(plantsOf(kind as FindingKind).length).toBeGreaterThanOrEqual(minimum);
    },
  );

  it('has unique ids across both corpora', () => {
    const ids = [...corpus.clean, ...corpus.planted].map((t) => t.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has no duplicate texts across both corpora', () => {
    const texts = [...corpus.clean, ...corpus.planted].map((t) => t.text.trim().toLowerCase());
    expect(texts.filter((text, i) => texts.indexOf(text) !== i)).toEqual([]);
  });

  it('texts are 1–8 sentences long and not empty', () => {
    for (const { id, text } of [...corpus.clean, ...corpus.planted]) {
      expect(text.trim().length, id).toBeGreaterThan(20);
      expect(text.length, id).toBeLessThan(corpus.maximumLength ?? 1200);
    }
  });

  it('every planted text has a plant, and every plant value occurs in its text exactly', () => {
    for (const { id, text, plants } of corpus.planted) {
      expect(plants.length, id).toBeGreaterThan(0);
      for (const { value } of plants) {
        expect(value, id).toBe(value.trim());
        expect(value.length, id).toBeGreaterThan(0);
        expect(text.includes(value), `${id}: ${value}`).toBe(true);
      }
      const values = plants.map((p) => p.value);
      expect(new Set(values).size, id).toBe(values.length);
    }
  });

  it('labels every planted identity code, IBAN and business ID, and nothing else', () => {
    const checksummed = corpus.planted
      .flatMap((t) => t.plants)
      .filter((p) => CHECKSUM_KINDS.includes(p.kind));
    const values = new Set(checksummed.map((p) => p.value));
    for (const value of values) expect(corpus.labels[value], value).toBeDefined();
    expect(Object.keys(corpus.labels).filter((key) => !values.has(key))).toEqual([]);
  });

  it('checksum labels match the codes', () => {
    for (const { kind, value } of corpus.planted.flatMap((t) => t.plants)) {
      if (!CHECKSUM_KINDS.includes(kind)) continue;
      expect(statusOf(kind, value), `${kind} ${value}`).toBe(corpus.labels[value]);
    }
  });

  it('covers every century sign, lower case, bad checks and temporary codes', () => {
    const codes = plantsOf('identity-code').map((p) => p.value);
    const signs = new Set(codes.map((code) => parseHetu(code)?.sign));
    for (const sign of corpus.centurySigns) expect(signs.has(sign), sign).toBe(true);
    if (corpus.hasLowerCaseCode !== false)
      expect(codes.some((code) => code !== code.toUpperCase())).toBe(true);
    if (!corpus.hasBadChecks) return;
    const labels = codes.map((code) => corpus.labels[code]);
    expect(labels.filter((l) => l === 'bad-check').length).toBeGreaterThanOrEqual(2);
    expect(labels.filter((l) => l === 'temporary').length).toBeGreaterThanOrEqual(2);
    const ibanLabels = plantsOf('iban').map((p) => corpus.labels[p.value]);
    expect(ibanLabels).toContain('bad-check');
    expect(ibanLabels).toContain('valid');
  });

  it('temporary identity codes use 900–999 and the others 002–899', () => {
    for (const { value } of plantsOf('identity-code')) {
      const individual = parseHetu(value)?.individual ?? -1;
      if (corpus.labels[value] === 'temporary') {
        expect(individual, value).toBeGreaterThanOrEqual(900);
        expect(individual, value).toBeLessThanOrEqual(999);
      } else {
        expect(individual, value).toBeGreaterThanOrEqual(2);
        expect(individual, value).toBeLessThanOrEqual(899);
      }
    }
  });

  it('e-mail plants use the example domains only', () => {
    for (const { value } of plantsOf('email')) {
      const address = deobfuscateEmail(value);
      const m = /^[^@\s]+@([^@\s]+)$/.exec(address);
      expect(m, `${value} -> ${address}`).not.toBeNull();
      expect(EXAMPLE_DOMAINS, value).toContain(m?.[1]);
    }
  });

  it('clean texts carry no e-mail address and no identity-code-shaped string', () => {
    for (const { id, text } of corpus.clean) {
      if (!corpus.organisationMail?.includes(id)) expect(text, id).not.toMatch(/@/);
      expect(text, id).not.toMatch(/\b\d{6}[-+YXWVUABCDEF]\d{3}[0-9A-Y]\b/i);
      expect(text, id).not.toMatch(/\bFI\d{2}\s?\d{4}/i);
    }
  });

  it('postal-code plants hold one five-digit code and business IDs are NNNNNNN-C', () => {
    // A postal code is marked alone, or with its town when the two form one address line ("94600 Kemi"); a
    // foreign one in its country's format (Swedish "903 26", Polish "80-827", British "LS6 2AB", Russian "191002",
    // Latvian "LV-1013", Norwegian "9008", Irish "D01 F5P2").
    for (const { value } of plantsOf('postal-code'))
      expect(
        value.match(
          /\b(\d{5}|\d{6}|\d{3} \d{2}|\d{2}-\d{3}|[A-Z]{2}-\d{4}|\d{4}|[A-Z]\d{2} [A-Z\d]{4}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})\b/g,
        ),
        value,
      ).toHaveLength(1);
    for (const { value } of plantsOf('business-id')) expect(value).toMatch(/^(?:\d{7}-\d|FI ?\d{8})$/i);
  });
});
