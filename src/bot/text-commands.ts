import type { Verb } from './verbs.js';

/** Typed commands in both languages (the manifest's command list titles among them), matched on the whole (trimmed, lower-cased) message. */
const COMMANDS: ReadonlyArray<readonly [RegExp, Verb]> = [
  [/^(apua|ohje|help|\?)$/, 'help'],
  [/^(uusi|uusi konsultaatiopyyntö|new|new request)$/, 'new-request'],
  [/^(omat|omat tapaukset|my cases|cases)$/, 'my-cases'],
  [/^(ohjaus|suora ohjaus|referral|direct referral)$/, 'new-referral'],
];

/** The verb a typed message asks for, or undefined for text the bot does not know. */
export function parseTextCommand(text: string): Verb | undefined {
  const normalised = text
    .replace(/<at>.*?<\/at>/g, '') // a mention of the bot in a channel or group chat
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  return COMMANDS.find(([pattern]) => pattern.test(normalised))?.[1];
}
