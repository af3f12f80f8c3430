import * as AC from 'adaptivecards';
import { expect } from 'vitest';

/** Asserts a rendered card is bound completely and parses as Adaptive Card 1.5 without any parse or validation event. */
export function expectValidCard(card: object): void {
  const json = JSON.stringify(card);
  expect(json).not.toContain('${');
  expect(json.length).toBeLessThan(28 * 1024);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  const parseEvents = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  expect(parseEvents).toEqual([]);
  expect(parsed.validateProperties().validationEvents.map((e) => e.message)).toEqual([]);
}
