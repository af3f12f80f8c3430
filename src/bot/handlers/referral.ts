import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { recordReferral } from '../../app/record-referral.js';
import { renderNoticeCard } from '../../cards/notice.js';
import { renderReferralCard } from '../../cards/referral.js';
import { AGE_GROUPS, ORGANISATIONS } from '../../domain/case/vocabulary.js';
import { cardReply, textReply, type HandlerResult, type TurnInfo } from '../reply.js';

const blank = (v: unknown) => (v === '' ? undefined : v);
const ReferralSubmit = z.strictObject({
  organisation: z.preprocess(blank, z.enum(ORGANISATIONS)),
  area: z.preprocess(blank, z.string().max(64)),
  ageGroup: z.preprocess(blank, z.enum(AGE_GROUPS)),
});

export const showReferral = async (info: TurnInfo, deps: AppDeps): Promise<HandlerResult> => ({
  replies: [cardReply(renderReferralCard(info.t, deps.areas))],
});

const asString = (v: unknown) => (typeof v === 'string' ? v.slice(0, 64) : '');

export async function recordReferralAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const raw = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const parsed = ReferralSubmit.safeParse(raw);
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.code === 'unrecognized_keys'))
      return { replies: [textReply(info.t.intake.errors.tampered)] };
    const values = {
      organisation: asString(raw.organisation),
      area: asString(raw.area),
      ageGroup: asString(raw.ageGroup),
    };
    const labels = {
      organisation: info.t.intake.fields.organisation,
      area: info.t.intake.fields.area,
      ageGroup: info.t.intake.fields.ageGroup,
    };
    const problems = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].map((f) =>
      info.t.intake.errors.required({ field: labels[f as keyof typeof labels] ?? f }),
    );
    return { card: renderReferralCard(info.t, deps.areas, values, problems) };
  }
  const r = await recordReferral(deps, { actor: info.actor, ...parsed.data, areaCode: parsed.data.area });
  if (!r.ok) {
    return {
      card: renderReferralCard(info.t, deps.areas, { ...parsed.data, area: '' }, [
        info.t.cases.notices.areaNotOffered,
      ]),
    };
  }
  return { card: renderNoticeCard(info.t, info.t.cases.referral.recorded) };
}
