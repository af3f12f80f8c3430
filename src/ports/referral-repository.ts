import type { DirectReferral } from '../domain/referral/direct-referral.js';

/** Direct referrals to TYM that bypassed the consultation team. */
export interface ReferralRepository {
  insert(r: DirectReferral): Promise<void>;
}
