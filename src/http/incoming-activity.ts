import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1).max(1024) });

/**
 * The minimum an activity from a Bot Framework channel carries. Anything less is a 400 here, before the adapter
 * (which would throw a 500 on a missing type). Fields are kept loose: the channel adds many we do not use.
 */
export const IncomingActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1024).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  from: account,
  recipient: account,
  conversation: account,
  text: z.string().max(28_000).optional(),
  locale: z.string().max(32).optional(),
});
