import { expect } from 'vitest';

/** The response types Teams documents for an Action.Execute invoke. */
export const UNIVERSAL_ACTIONS_TYPES = [
  'application/vnd.microsoft.card.adaptive',
  'application/vnd.microsoft.activity.message',
  'application/vnd.microsoft.error',
  'application/vnd.microsoft.activity.loginRequest',
] as const;

/** True for an invoke response body Teams can show: `statusCode` + `type` + `value`. */
export function isUniversalActionsBody(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const b = body as { statusCode?: unknown; type?: unknown; value?: unknown };
  return (
    typeof b.statusCode === 'number' &&
    typeof b.type === 'string' &&
    (UNIVERSAL_ACTIONS_TYPES as readonly string[]).includes(b.type) &&
    b.value !== undefined
  );
}

/** Asserts an invoke got HTTP 200 with a Universal Actions body (a card, a message or an error response). */
export function expectUniversalActionsAnswer(res: { status: number; body: unknown }): void {
  expect(res.status).toBe(200);
  expect(res.body, JSON.stringify(res.body)).toSatisfy(isUniversalActionsBody);
}
