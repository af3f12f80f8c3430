import type { Collection } from 'mongodb';
import type { DirectReferral } from '../../domain/referral/direct-referral.js';
import type { ReferralRepository } from '../../ports/referral-repository.js';
import { toReferralDocument, type ReferralDocument } from './mongo-mappers.js';
import { requireString } from './safe-filter.js';
import { insertOnce, storeCall } from './store-call.js';

export class MongoReferralRepository implements ReferralRepository {
  constructor(private readonly referrals: Collection<ReferralDocument>) {}

  async insert(r: DirectReferral): Promise<void> {
    requireString(r.id, 'id', 'referrals.insert');
    await storeCall('referrals.insert', () => insertOnce(this.referrals, toReferralDocument(r)));
  }
}
