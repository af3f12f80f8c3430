import { findArea } from '../domain/areas.js';
import type { AgeGroup, Organisation } from '../domain/case/vocabulary.js';
import type { DirectReferral } from '../domain/referral/direct-referral.js';
import { err, ok, type Result } from '../domain/result.js';
import type { Actor, AppDeps } from './app-deps.js';
import { recordAudit } from './audit.js';

export interface RecordReferralInput {
  readonly actor: Actor;
  readonly organisation: Organisation;
  readonly areaCode: string;
  readonly ageGroup: AgeGroup;
}

/** Logs a client referred to TYM without the consultation team; coded fields only, no text. */
export async function recordReferral(
  deps: AppDeps,
  input: RecordReferralInput,
): Promise<Result<DirectReferral, { readonly code: 'area-not-offered' }>> {
  const area = findArea(input.areaCode);
  if (!area || !deps.areas.includes(area)) return err({ code: 'area-not-offered' });
  const now = deps.clock.now();
  const referral: DirectReferral = {
    id: deps.ids.newId(),
    organisation: input.organisation,
    areaCode: area.code,
    ageGroup: input.ageGroup,
    recordedAt: now,
    recordedBy: input.actor,
  };
  await deps.stores.referrals.insert(referral);
  await recordAudit(deps, {
    actor: input.actor,
    action: 'referral.recorded',
    result: 'ok',
    subject: referral.id,
  });
  return ok(referral);
}
