import type { Verb } from './verbs.js';

/**
 * Typed commands in both languages (the manifest's command list titles among them) and their obvious phrasings,
 * matched on the whole (trimmed, lower-cased) message.
 */
const COMMANDS: ReadonlyArray<readonly [RegExp, Verb]> = [
  [/^(apua|ohje|ohjeet|komennot|valikko|hei|moi|help|commands|menu|hi|hello|\?)$/, 'help'],
  [
    /^(uusi|uusi (tapaus|pyyntö|konsultaatio|konsultaatiopyyntö)|konsultaatiopyyntö|new|new (case|request|consultation|consultation request))$/,
    'new-request',
  ],
  [/^(omat|omat (tapaukset|pyynnöt)|tapaukset|my cases|my requests|cases)$/, 'my-cases'],
  [/^(ohjaus|suora ohjaus|kirjaa ohjaus|referral|direct referral|new referral)$/, 'new-referral'],
  [/^(roolit|roles)$/, 'roles'],
  [/^(tiimit|konsultaatiotiimit|teams|consultation teams)$/, 'teams'],
  [/^(asialista|agenda)$/, 'view-agenda'],
  [/^(luvut|seurantaluvut|raportti|figures|report)$/, 'figures'],
  [/^(verkosto|verkostokonsultaatio|rukkanen|network|network consultation)$/, 'plan-network'],
];

/** The verb a typed message asks for, or undefined for text the bot does not know. */
export function parseTextCommand(text: string): Verb | undefined {
  const normalised = text
    .replace(/<at>.*?<\/at>/g, '') // a mention of the bot in a channel or group chat
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
  return COMMANDS.find(([pattern]) => pattern.test(normalised))?.[1];
}
