import { describe, expect, it } from 'vitest';
import { useFreshStores, type MakeStores } from './stores-harness.js';

const AT = new Date('2025-03-30T01:00:00Z');
const later = (hours: number) => new Date(AT.getTime() + hours * 3_600_000);

/** What every DedupeStore adapter must do. */
export function describeDedupeStoreContract(name: string, make: MakeStores): void {
  describe(`DedupeStore contract: ${name}`, () => {
    const h = useFreshStores(make);
    const dedupe = () => h().stores.dedupe;

    it('claims a key once: true, then false', async () => {
      expect(await dedupe().claim('activity-1', AT)).toBe(true);
      expect(await dedupe().claim('activity-1', later(1))).toBe(false);
      expect(await dedupe().claim('activity-2', later(1))).toBe(true);
    });

    it('lets a released key be claimed again', async () => {
      await dedupe().claim('activity-1', AT);
      await dedupe().release('activity-1');
      expect(await dedupe().claim('activity-1', later(1))).toBe(true);
    });

    it('releasing an unclaimed key is harmless', async () => {
      await expect(dedupe().release('never-claimed')).resolves.toBeUndefined();
    });

    it('keeps the answer of a claimed key for a redelivery', async () => {
      await dedupe().claim('activity-1', AT);
      expect(await dedupe().answerOf('activity-1')).toBeUndefined();
      await dedupe().saveAnswer('activity-1', '{"card":{"$schema":"x","type":"AdaptiveCard"}}');
      expect(await dedupe().answerOf('activity-1')).toBe('{"card":{"$schema":"x","type":"AdaptiveCard"}}');
    });

    it('forgets the answer with the key: released, or claimed again after a day', async () => {
      await dedupe().claim('activity-1', AT);
      await dedupe().saveAnswer('activity-1', 'a');
      await dedupe().release('activity-1');
      expect(await dedupe().answerOf('activity-1')).toBeUndefined();
      await dedupe().claim('activity-2', AT);
      await dedupe().saveAnswer('activity-2', 'b');
      expect(await dedupe().claim('activity-2', later(25))).toBe(true);
      expect(await dedupe().answerOf('activity-2')).toBeUndefined();
    });

    it('forgets a claim after a day', async () => {
      await dedupe().claim('activity-1', AT);
      expect(await dedupe().claim('activity-1', later(23))).toBe(false);
      expect(await dedupe().claim('activity-1', later(25))).toBe(true);
    });
  });
}
