import { describe, expect, it } from 'vitest';
import type { CaseRecord, CaseStatus } from '../../../src/domain/case/case-record.js';
import { isEditable, isOwnedBy, withdrawCase } from '../../../src/domain/case/lifecycle.js';
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
});
