import { z } from 'zod';

/**
 * A string Teams can put in an id or name: bounded, well-formed Unicode (no lone surrogates) and no control
 * characters. Anything else cannot come from a real channel and would break the reply's URL or headers.
 */
const safeString = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !CONTROL_CHARS.test(s) && !LONE_SURROGATE.test(s), 'not a valid identifier');
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const id = safeString(1024).min(1);

const account = z.looseObject({
  id,
  name: safeString(256).optional(),
  aadObjectId: safeString(128).optional(),
  role: z.string().max(32).optional(),
});

const conversation = z.looseObject({
  id,
  conversationType: z.string().max(32).optional(),
  tenantId: safeString(128).optional(),
  isGroup: z.boolean().optional(),
  name: z.string().max(1024).optional(),
});

const entity = z.looseObject({ type: z.string().max(64) });

const channelData = z.looseObject({
  tenant: z.looseObject({ id: safeString(128).optional() }).optional(),
});

/** An Adaptive Card Universal Action: the only invoke whose value the bot reads. */
export const CardActionValue = z.looseObject({
  action: z.looseObject({
    type: z.string().max(64),
    verb: z.string().max(128).optional(),
    data: z.unknown().optional(),
  }),
  trigger: z.string().max(32).optional(),
});

/**
 * Everything the bot relies on in an activity, checked once at the edge: anything less is a 400 with the generic
 * body and no turn runs. Fields the bot does not read stay loose: the channel adds many.
 */
export const IncomingActivity = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: safeString(1024).optional(),
    name: z.string().max(128).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
    from: account,
    recipient: account,
    conversation,
    channelData: channelData.optional(),
    text: z.string().max(28_000).optional(),
    locale: z.string().max(32).optional(),
    entities: z.array(entity).max(64).optional(),
    membersAdded: z.array(account).max(256).optional(),
    membersRemoved: z.array(account).max(256).optional(),
    value: z.unknown().optional(),
  })
  .superRefine((a, ctx) => {
    if (
      a.type === 'invoke' &&
      a.name === 'adaptiveCard/action' &&
      !CardActionValue.safeParse(a.value).success
    )
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'not a card action' });
  });
export type IncomingActivity = z.infer<typeof IncomingActivity>;
