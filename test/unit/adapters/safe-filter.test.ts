import { describe, expect, it } from 'vitest';
import { requireDate, requireInteger, requireString } from '../../../src/adapters/mongo/safe-filter.js';
import { StoreError } from '../../../src/ports/store-error.js';

const refusedBy = (guard: () => unknown): StoreError => {
  try {
    guard();
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('not refused');
};

describe('requireString', () => {
  it('passes a string through, even one that looks like an operator', () => {
    expect(requireString('$ne', 'id', 'cases.get')).toBe('$ne');
  });

  it.each([[{ $ne: null }], [{ $gt: '' }], [{ $where: 'true' }], [['a']], [null], [undefined], [42], [true]])(
    'refuses %o with a StoreError that names the field, not the value',
    (value) => {
      const e = refusedBy(() => requireString(value, 'owner.userId', 'cases.listByOwner'));
      expect(e.operation).toBe('cases.listByOwner');
      expect(String((e.cause as Error).message)).toMatch(/^owner\.userId must be a string, got \w+$/);
    },
  );
});

describe('requireInteger', () => {
  it.each([
    [0, true],
    [7, true],
    [1.5, false],
    [Number.NaN, false],
    [-1, false],
    ['1', false],
    [{ $gte: 0 }, false],
  ])('%o is accepted: %s', (value, isAccepted) => {
    const check = () => requireInteger(value, 'version', 'cases.replace');
    if (isAccepted) expect(check()).toBe(value);
    else expect(check).toThrow(StoreError);
  });

  it('enforces the given range', () => {
    expect(() => requireInteger(1001, 'limit', 'cases.listByOwner', 0, 1000)).toThrow(StoreError);
  });
});

describe('requireDate', () => {
  it.each([[new Date('invalid')], ['2025-01-01'], [{ $lt: new Date() }], [Date.now()]])(
    'refuses %o',
    (value) => {
      expect(() => requireDate(value, 'at', 'dedupe.claim')).toThrow(StoreError);
    },
  );

  it('passes a valid Date through', () => {
    const at = new Date('2025-03-30T01:00:00Z');
    expect(requireDate(at, 'at', 'dedupe.claim')).toBe(at);
  });
});
