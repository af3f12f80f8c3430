import { describe, expect, it } from 'vitest';
import { AuditThrottle } from '../../../src/http/figures-audit.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 10, minutes));

describe('the view audit throttle', () => {
  it('records a key once per window, and again after it', () => {
    const t = new AuditThrottle(60 * 60_000);
    expect(t.shouldRecord('u|2026-05|report', at(0))).toBe(true);
    expect(t.shouldRecord('u|2026-05|report', at(59))).toBe(false);
    expect(t.shouldRecord('u|2026-06|report', at(59))).toBe(true);
    expect(t.shouldRecord('u|2026-05|report', at(60))).toBe(true);
  });

  it('stays bounded: past its size it forgets, so it records again rather than grow', () => {
    const t = new AuditThrottle(60 * 60_000, 3);
    for (const k of ['a', 'b', 'c', 'd']) expect(t.shouldRecord(k, at(0))).toBe(true);
    expect(t.shouldRecord('a', at(1))).toBe(true);
  });
});
