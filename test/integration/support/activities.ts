import { randomUUID } from 'node:crypto';

/** Synthetic ids: the tenant and users exist only in tests. */
export const TENANT_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const OTHER_TENANT_ID = '0a0b0c0d-1111-4222-8333-444455556666';
export const BOT_ID = '28:00000000-0000-4000-8000-00000000b07';
export const WORKER = {
  id: '29:worker-1',
  aadObjectId: '11111111-1111-4111-8111-111111111111',
  name: 'Testityöntekijä',
};

export interface ActivityOptions {
  serviceUrl: string;
  locale?: string;
  tenantId?: string;
  from?: { id: string; aadObjectId: string; name: string };
  conversationId?: string;
}

/** The fields every Teams activity in a personal chat carries. */
function base(type: string, o: ActivityOptions) {
  const tenantId = o.tenantId ?? TENANT_ID;
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    from: o.from ?? WORKER,
    recipient: { id: BOT_ID, name: 'TYM-konsultaatio' },
    conversation: {
      id: o.conversationId ?? `a:personal-${(o.from ?? WORKER).aadObjectId}`,
      conversationType: 'personal',
      tenantId,
    },
    channelData: { tenant: { id: tenantId } },
    locale: o.locale ?? 'fi-FI',
    entities: [
      {
        type: 'clientInfo',
        locale: o.locale ?? 'fi-FI',
        country: 'FI',
        platform: 'Web',
        timezone: 'Europe/Helsinki',
      },
    ],
  };
}

export const messageActivity = (text: string, o: ActivityOptions) => ({
  ...base('message', o),
  text,
  textFormat: 'plain',
});

export const installActivity = (o: ActivityOptions) => ({
  ...base('conversationUpdate', o),
  membersAdded: [{ id: BOT_ID }],
});

/** An Adaptive Card Action.Execute, as Teams sends it. */
export const cardActionActivity = (verb: string, data: unknown, o: ActivityOptions) => ({
  ...base('invoke', o),
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
});
