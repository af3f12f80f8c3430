import { showComingSoon, showHelp } from './handlers/menu.js';
import type { HandlerResult, TurnInfo } from './reply.js';
import type { Verb } from './verbs.js';

/** A card button's handler: `data` is the card's submitted data, untrusted until the handler parses it. */
export type CardAction = (info: TurnInfo, data: unknown) => Promise<HandlerResult>;

/** The one table from verb to handler. `satisfies` makes a missing or extra verb a type error. */
const table = {
  'new-request': (info) => showComingSoon(info),
  'my-cases': (info) => showComingSoon(info),
  help: (info) => showHelp(info),
} satisfies Record<Verb, CardAction>;

export const cardActions: Readonly<Record<Verb, CardAction>> = table;
