import { describe, expect, it } from 'vitest';
import type { CaseRecord, CaseStatus } from '../../../src/domain/case/case-record.js';
import {
  closeByRecommendation,
  isClosableByRecommendation,
  isEditable,
  isOwnedBy,
  withdrawCase,
} from '../../../src/domain/case/lifecycle.js';
import { caseRecord } from '../../fixtures/case-records.js';

const OWNER = { userId: '11111111-1111-4111-8111-111111111111', tenantId: 't-1' };
const NOW = new Date('2026-11-23T10:00:00Z');
const caseIn = (status: CaseStatus): CaseRecord => ({ ...caseRecord({ owner: OWNER }), status });

describe('case lifecycle', () => {
  it.each([
    ['submitted', true],
    ['scheduled', true],
    ['discussed', false],
    ['closed', false],
    ['withdrawn', false],
  ] as const)('a %s case is editable and withdrawable: %s', (status, expected) => {
    expect(isEditable(caseIn(status))).toBe(expected);
    expect(withdrawCase(caseIn(status), OWNER, NOW).ok).toBe(expected);
  });

  it('withdraws with an event, a new version and the time of withdrawal', () => {
    const c = caseIn('submitted');
    const r = withdrawCase(c, OWNER, NOW);
    expect(r.ok && r.value).toMatchObject({ status: 'withdrawn', version: c.version + 1, updatedAt: NOW });
    expect(r.ok && r.value.events.at(-1)).toEqual({ type: 'withdrawn', at: NOW, by: OWNER.userId });
  });

  it.each([
    [{ userId: OWNER.userId, tenantId: 'other-tenant' }],
    [{ userId: '22222222-2222-4222-8222-222222222222', tenantId: OWNER.tenantId }],
  ])('treats another user (%o) as if the case did not exist', (who) => {
    expect(isOwnedBy(caseIn('submitted'), who)).toBe(false);
    expect(withdrawCase(caseIn('submitted'), who, NOW)).toEqual({ ok: false, error: { code: 'not-found' } });
  });

  it.each([
    ['submitted', 'tym-client', true],
    ['submitted', 'consultation-team', false],
    ['scheduled', 'tym-client', false],
    ['discussed', 'tym-client', false],
    ['closed', 'tym-client', false],
    ['withdrawn', 'tym-client', false],
  ] as const)(
    'a %s case recommending %s is closable by its recommendation: %s',
    (status, outcome, expected) => {
      const c: CaseRecord = { ...caseIn(status), recommendation: { outcome, reasons: [] } };
      expect(isClosableByRecommendation(c)).toBe(expected);
      expect(closeByRecommendation(c, OWNER, NOW).ok).toBe(expected);
    },
  );

  it('closes by the recommendation with an event, a new version and the time of closing', () => {
    const c: CaseRecord = { ...caseIn('submitted'), recommendation: { outcome: 'tym-client', reasons: [] } };
    const r = closeByRecommendation(c, OWNER, NOW);
    expect(r.ok && r.value).toMatchObject({ status: 'closed', version: c.version + 1, updatedAt: NOW });
    expect(r.ok && r.value.events.at(-1)).toEqual({ type: 'closed', at: NOW, by: OWNER.userId });
  });

  it("does not close another user's case", () => {
    const c: CaseRecord = { ...caseIn('submitted'), recommendation: { outcome: 'tym-client', reasons: [] } };
    const stranger = { userId: OWNER.userId, tenantId: 'other-tenant' };
    expect(closeByRecommendation(c, stranger, NOW)).toEqual({ ok: false, error: { code: 'not-found' } });
  });
});
