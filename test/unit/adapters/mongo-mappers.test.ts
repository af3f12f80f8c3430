import { describe, expect, it } from 'vitest';
import {
  fromAuditDocument,
  fromCaseDocument,
  toAuditDocument,
  toCaseDocument,
} from '../../../src/adapters/mongo/mongo-mappers.js';
import { triageCase } from '../../../src/domain/triage/triage-case.js';
import { auditEntry, caseRecord, endedCase } from '../../fixtures/case-records.js';

/** Every key of a document, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
}

describe('case mapping', () => {
  it('uses the case id as _id and maps back to the same record', () => {
    const c = caseRecord();
    const doc = toCaseDocument(c);
    expect(doc._id).toBe(c.id);
    expect(doc).not.toHaveProperty('id');
    expect(fromCaseDocument(doc)).toEqual(c);
  });

  it('round-trips the leaning and the proposed parties of the recommendation', () => {
    const base = caseRecord();
    const details = {
      ...base.details,
      answers: { ...base.details.answers, 'other-services-first': 'yes' as const },
    };
    const recommendation = triageCase(details);
    expect(recommendation.leaning).toBeDefined();
    expect(recommendation.parties?.length).toBeGreaterThan(1);
    const withProposal = { ...base, details, recommendation };
    expect(fromCaseDocument(toCaseDocument(withProposal))).toEqual(withProposal);
  });

  it('reads a case stored before leanings and parties without either, and writes no null for them', () => {
    const c = caseRecord();
    const doc = toCaseDocument(c);
    expect(Object.keys(doc.recommendation).sort()).toEqual(['outcome', 'reasons']);
    const stored = { ...doc, recommendation: { ...doc.recommendation, leaning: null, parties: null } };
    expect(fromCaseDocument(stored as unknown as typeof doc).recommendation).toEqual(c.recommendation);
  });

  it('writes no key that MongoDB, Cosmos DB or FerretDB could refuse (dots, leading $)', () => {
    const keys = keysOf(toCaseDocument(endedCase('closed', new Date('2025-06-01T00:00:00Z'))));
    expect(keys).toContain('managing-affairs');
    expect(keys.filter((k) => k.includes('.') || k.startsWith('$'))).toEqual([]);
  });

  it.each([
    ['an open case', caseRecord(), null],
    [
      'a closed case',
      endedCase('closed', new Date('2025-06-01T00:00:00Z')),
      new Date('2025-06-01T00:00:00Z'),
    ],
  ])('stores endedAt for %s', (_, c, expected) => {
    expect(toCaseDocument(c).endedAt).toEqual(expected);
  });
});

describe('audit mapping', () => {
  it('leaves absent optional fields out rather than writing null', () => {
    const { actor: _a, subject: _s, detail: _d, count: _c, ...bare } = auditEntry();
    const doc = toAuditDocument(bare);
    expect(Object.keys(doc).sort()).toEqual(['_id', 'action', 'at', 'result']);
    expect(fromAuditDocument(doc)).toEqual(bare);
  });

  it('round-trips every field', () => {
    const e = auditEntry();
    expect(fromAuditDocument(toAuditDocument(e))).toEqual(e);
  });
});
