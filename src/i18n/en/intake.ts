import type { Messages } from '../fi.js';
import { scaleLevelsEn } from './intake-scale.js';

/** English texts of the case intake, the receipt and the worker's case views. */
export const intakeEn: Messages['intake'] = {
  title: 'New consultation request',
  editTitle: (p) => `Edit case ${p.reference}`,
  intro:
    'Describe the situation, not the person: no names, identity codes, addresses, phone numbers or dates of birth. The text is checked before anything is stored.',
  steps: {
    situation: 'Step 1 of 3: basics and situation',
    triage: 'Step 2 of 3: triage questions and Kela',
    assessment: 'Step 3 of 3: social situation and form of consultation',
  },
  next: 'Continue',
  prefilled: 'Organisation and area are chosen as in your previous case; change them if needed.',
  showLevelDescriptions: 'Show or hide the level descriptions',
  scaleLevels: scaleLevelsEn,
  sections: {
    basics: 'Basics',
    situation: 'Situation',
    triage: 'Triage questions',
    kela: 'Kela rehabilitation: does any of these hold?',
    form: 'Form of consultation',
  },
  fields: {
    organisation: 'Your organisation',
    area: 'Employment area or office',
    ageGroup: "Client's age group",
    unemployment: 'Length of unemployment',
    description: 'Description of the situation (anonymous)',
    question: 'Your question to the consultation team',
    socialWelfareConsent: 'Consent to a contact to social welfare',
    form: 'Form of consultation',
    networkConsent: 'The client has agreed to a network consultation beforehand',
    networkParties: 'Parties needed in the network consultation',
    kelaCriteria: 'Kela criteria',
  },
  placeholders: {
    description: 'E.g. long unemployment, rent arrears, health not examined…',
    question:
      'E.g. would the client benefit from a TYM client relationship, or are social services needed first?',
  },
  networkHint:
    'A network consultation is agreed with the client beforehand, and the matters raised are gone through with the client afterwards.',
  choose: 'Choose',
  requiredShort: 'Required: please choose or fill in.',
  organisations: {
    'employment-authority': 'Employment authority (employment services)',
    'wellbeing-social': 'Wellbeing services county: social services',
    'wellbeing-health': 'Wellbeing services county: health services',
    'wellbeing-psychosocial': 'Wellbeing services county: psychosocial services',
    kela: 'Kela',
  },
  ageGroups: { 'under-23': 'under 23', '23-29': '23–29', '30-plus': '30 or over' },
  unemployment: {
    'under-3m': 'under 3 months',
    '3-12m': '3–12 months',
    '12-24m': '12–24 months',
    'over-24m': 'over 24 months',
  },
  forms: { team: 'Consultation team meeting', network: 'Network consultation (Rukkanen)' },
  parties: {
    'employment-authority': 'Employment services',
    'social-services': 'Social services',
    'health-services': 'Health services (TYM public-health nurse)',
    'psychosocial-under-23': 'Psychosocial services, under 23',
    'psychosocial-23-plus': 'Psychosocial services, 23 or over',
    kela: 'Kela',
  },
  submit: 'Send consultation request',
  save: 'Save changes',
  errors: {
    heading: 'Please fix these. Nothing has been stored yet, and what you wrote is kept on the card.',
    required: (p) => `${p.field}: please choose or fill in.`,
    tooLong: (p) => `${p.field}: too long, at most ${p.max} characters.`,
    tooShort: (p) => `${p.field}: write at least ${p.min} characters.`,
    invalid: (p) => `${p.field}: this value is not valid, please choose again.`,
    networkConsentRequired:
      "A network consultation needs the client's consent. Ask for consent first, or choose the consultation team.",
    networkPartiesRequired: 'Choose at least one party for the network consultation.',
    tampered:
      'The card\'s data was invalid or out of date, and nothing was stored. Type "new" to start a new request.',
  },
  personalData: {
    heading:
      'The text contains identifying details, so nothing was stored. Rewrite these passages more generally; the rest of your text is kept on the card:',
    finding: (p) => `${p.field} (${p.at}): ${p.kind} "${p.masked}"`,
    at: (p) => (p.before ? `line ${p.line}, after "${p.before}"` : `line ${p.line}`),
    kinds: {
      'identity-code': 'personal identity code',
      phone: 'phone number',
      email: 'e-mail address',
      iban: 'bank account number',
      'street-address': 'street address',
      'postal-code': 'postal code and town',
      'business-id': "business ID (a sole trader's ID is personal data)",
      'date-of-birth': 'date of birth',
      name: "a person's name",
    },
    useNeutral: 'Use the neutral version',
    rewrittenHeading:
      'Identifying details were replaced with neutral placeholders. Nothing has been stored yet:',
    rewrittenHint: 'Check the text, correct it if needed and continue.',
    placeholders: {
      'identity-code': '[identity code]',
      phone: '[phone number]',
      email: '[email]',
      iban: '[account number]',
      'street-address': '[address]',
      'postal-code': '[postal code]',
      'business-id': '[business ID]',
      'date-of-birth': '[date of birth]',
      name: '[name]',
    },
  },
};
