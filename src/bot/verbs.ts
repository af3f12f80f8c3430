/** Every `verb` a card in ../../cards may send. The card-actions table must cover exactly these (tested). */
export const VERBS = [
  'new-request',
  'my-cases',
  'help',
  'new-referral',
  'intake-next',
  'submit-case',
  'update-case',
  'view-case',
  'refresh-case',
  'edit-case',
  'confirm-withdraw',
  'withdraw-case',
  'close-by-recommendation',
  'record-referral',
  'set-language',
  'apply-neutral-rewrite',
  'roles',
  'change-role',
  'teams',
  'new-team',
  'create-team',
  'view-agenda',
  'convenor-case',
  'show-case-text',
  'move-case-earlier',
  'move-case',
  'return-case',
  'record-outcome',
  'cancel-session',
  'move-session',
] as const;
export type Verb = (typeof VERBS)[number];

export const isVerb = (v: unknown): v is Verb =>
  typeof v === 'string' && (VERBS as readonly string[]).includes(v);
