import { describe, expect, it } from 'vitest';
import {
  postponeCase,
  recordCaseOutcome,
  requeueCase,
  returnCase,
  scheduleCase,
} from '../../../src/domain/case/agenda-lifecycle.js';
import { isEditable } from '../../../src/domain/case/lifecycle.js';
import { agreementOf, type Decision } from '../../../src/domain/case/outcome.js';
import type { Outcome } from '../../../src/domain/case/vocabulary.js';
import { caseRecord } from '../../fixtures/case-records.js';

const AT = new Date('2026-05-12T06:00:00Z');
const slot = {
  sessionId: 's',
  teamId: 't',
  start: AT,
  end: new Date('2026-05-12T06:15:00Z'),
  joinUrl: 'https://x',
};

describe('whether the team agreed with the recommendation (derived, never asked)', () => {
  it.each<[Outcome, Decision, string]>([
    ['tym-client', 'tym-client', 'agreed'],
    ['social-services-contact', 'social-services-notification', 'differed'],
    ['health-services-first', 'bilateral', 'differed'],
    ['consultation-team', 'tym-client', 'no-recommendation'],
  ])('recommended %s, decided %s: %s', (recommended, decision, expected) => {
    expect(agreementOf(recommended, decision)).toBe(expected);
  });
});

describe('agenda lifecycle of a case', () => {
  const c = caseRecord({ status: 'submitted' });

  it('is scheduled once, rescheduled when its time changes, untouched when it does not', () => {
    const scheduled = scheduleCase(c, slot, AT, 'x');
    expect(scheduled).toMatchObject({ status: 'scheduled', slot, version: c.version + 1 });
    expect(scheduleCase(scheduled, slot, AT, 'x')).toBe(scheduled);
    const later = { ...slot, start: new Date('2026-05-12T06:15:00Z') };
    expect(scheduleCase(scheduled, later, AT, 'x').events.at(-1)?.type).toBe('rescheduled');
  });

  it('is returned with a reason, stays editable, and an edit puts it back in the queue', () => {
    const returned = returnCase(scheduleCase(c, slot, AT, 'x'), 'needs-more-information', AT, 'convenor');
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'needs-more-information' });
    expect(returned.slot).toBeUndefined();
    expect(isEditable(returned)).toBe(true);
    const requeued = requeueCase(returned);
    expect(requeued.status).toBe('submitted');
    expect(requeued.returnReason).toBeUndefined();
  });

  it('closes with the outcome, logging discussed and closed (the figures count these)', () => {
    const outcome = {
      decision: 'bilateral' as const,
      servicesNeeded: 'none' as const,
      kelaCooperation: false,
      followUps: [],
      recordedAt: AT,
      recordedBy: 'convenor',
    };
    const done = recordCaseOutcome(scheduleCase(c, slot, AT, 'x'), outcome);
    expect(done.status).toBe('closed');
    expect(done.events.slice(-2).map((e) => e.type)).toEqual(['discussed', 'closed']);
    expect(done.slot).toEqual(slot);
  });

  it('goes back to waiting when postponed', () => {
    const postponed = postponeCase(scheduleCase(c, slot, AT, 'x'), AT, 'convenor');
    expect(postponed).toMatchObject({ status: 'submitted' });
    expect(postponed.events.at(-1)?.type).toBe('postponed');
  });
});
