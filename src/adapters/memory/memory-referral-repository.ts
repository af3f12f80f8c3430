import type { DirectReferral } from '../../domain/referral/direct-referral.js';
import type { ReferralRepository } from '../../ports/referral-repository.js';

export class MemoryReferralRepository implements ReferralRepository {
  readonly referrals: DirectReferral[] = [];

  async insert(r: DirectReferral): Promise<void> {
    // a retried insert of the same referral is stored once, as the MongoDB store does by its `_id`
    if (this.referrals.some((x) => x.id === r.id)) return;
    this.referrals.push(structuredClone(r));
  }
}
