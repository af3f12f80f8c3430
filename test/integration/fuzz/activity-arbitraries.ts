/**
 * fast-check generators of what reaches /api/messages: well-formed Teams activities of every kind the bot gets,
 * and malformed envelopes. Ops are plain data; the runner turns them into activities (ids, serviceUrl, markers).
 */
import fc from 'fast-check';
import { VERBS } from '../../../src/bot/verbs.js';

export type Scope = 'personal' | 'groupChat' | 'channel';

export interface FuzzUser {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
  readonly tenantId: string;
}

const TENANTS = ['6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', '0a0b0c0d-1111-4222-8333-444455556666'] as const;
/** Several workers in two tenants; the last two share an object id in different tenants. */
export const USERS: readonly FuzzUser[] = [
  { id: '29:fz-1', aadObjectId: 'f0000001-0000-4000-8000-000000000001', name: 'Aino', tenantId: TENANTS[0] },
  { id: '29:fz-2', aadObjectId: 'f0000002-0000-4000-8000-000000000002', name: 'Ville', tenantId: TENANTS[0] },
  { id: '29:fz-3', aadObjectId: 'f0000003-0000-4000-8000-000000000003', name: 'Lumi', tenantId: TENANTS[1] },
  { id: '29:fz-4', aadObjectId: 'f0000004-0000-4000-8000-000000000004', name: 'Eero', tenantId: TENANTS[0] },
  { id: '29:fz-5', aadObjectId: 'f0000004-0000-4000-8000-000000000004', name: 'Eero', tenantId: TENANTS[1] },
];

/** Card data: literal JSON, or something the runner fills in from what the campaign has seen so far. */
export type DataSpec =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'intake'; readonly overrides: Readonly<Record<string, unknown>> }
  | { readonly kind: 'intake-update'; readonly caseRef: number; readonly version: unknown }
  | { readonly kind: 'case'; readonly caseRef: number; readonly extra: Readonly<Record<string, unknown>> };

export type WellFormedOp =
  | { readonly kind: 'message'; readonly user: number; readonly scope: Scope; readonly text: string }
  | { readonly kind: 'install'; readonly user: number; readonly scope: Scope }
  | {
      readonly kind: 'action';
      readonly user: number;
      readonly scope: Scope;
      readonly verb: string;
      readonly data: DataSpec;
    }
  /** Teams redelivers an earlier submission (same activity id) of this run. */
  | { readonly kind: 'redeliver'; readonly ref: number };

/** Mutations after which the envelope cannot come from Teams: 4xx, no turn, nothing stored. */
export type StrictMutation =
  | { readonly kind: 'tenantId' | 'conversationType' | 'aadObjectId' | 'name'; readonly value: unknown }
  | { readonly kind: 'value-not-object'; readonly value: unknown }
  | { readonly kind: 'value-without-action'; readonly value: Readonly<Record<string, unknown>> }
  | { readonly kind: 'lone-surrogate-conversation'; readonly at: number; readonly unit: number }
  | { readonly kind: 'long-service-url'; readonly length: number }
  | { readonly kind: 'entities-not-array' | 'members-added-not-array'; readonly value: unknown };

/** Mutations the bot may refuse at the edge (4xx) or handle as well-formed, but never 5xx. */
export type LenientMutation =
  | { readonly kind: 'unicode-conversation'; readonly suffix: string }
  | { readonly kind: 'invoke-name'; readonly name: string | undefined; readonly value: unknown };

export type FuzzOp =
  | WellFormedOp
  | { readonly kind: 'malformed'; readonly base: WellFormedOp; readonly mutation: StrictMutation }
  | { readonly kind: 'odd'; readonly base: WellFormedOp; readonly mutation: LenientMutation };

const user = fc.nat({ max: USERS.length - 1 });
const scope = fc.constantFrom<Scope>('personal', 'personal', 'groupChat', 'channel');

const COMMANDS = [
  'apua',
  'help',
  'Ohje',
  '?',
  'uusi',
  'new request',
  'uusi tapaus',
  'new case',
  'omat',
  'my cases',
  'ohjaus',
  'referral',
  'kieli',
  'language',
];
const commandText = fc
  .tuple(
    fc.constantFrom(...COMMANDS),
    fc.constantFrom('', '<at>TYM</at> ', '<at>TYM-konsultaatio</at>\u00a0'),
    fc.constantFrom('', '.', '!', '  '),
    fc.boolean(),
  )
  .map(([c, mention, tail, upper]) => `${mention}${upper ? c.toUpperCase() : c}${tail}`);
const hostileText = fc.constantFrom(
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '**bold** _it_ `code` # heading\n- list',
  '\u202egnp.exe',
  'שלום עולם مرحبا',
  '${jndi:ldap://x}',
  '{"$ne":null}',
  '🙂👩‍👩‍👧‍👦 tervé',
  '\u0000\u0007\u001b[31m',
);
const text = fc.oneof(
  { arbitrary: commandText, weight: 4 },
  { arbitrary: hostileText, weight: 2 },
  { arbitrary: fc.string({ maxLength: 80 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.integer({ min: 1_000, max: 27_000 }).map((n) => 'ä'.repeat(n)), weight: 1 },
);

const operator = fc.constantFrom<unknown>(
  { $ne: null },
  { $gt: '' },
  { $where: 'sleep(1000)' },
  { $regex: '.*' },
  ['x'],
);
const jsonData = fc.oneof(
  fc.constant({}),
  fc.jsonValue({ maxDepth: 2 }),
  fc.dictionary(
    fc.constantFrom('caseId', 'version', 'description', 'organisation', 'area', 'x'),
    fc.oneof(fc.string({ maxLength: 20 }), operator, fc.uuid()),
  ),
);
const INTAKE_FIELDS = [
  'organisation',
  'area',
  'ageGroup',
  'description',
  'question',
  'form',
  'scale_housing',
  'triage_bilateral-enough',
  'networkConsent',
];
const intakeOverrides = fc.oneof(
  { arbitrary: fc.constant({}), weight: 5 },
  {
    arbitrary: fc
      .record({
        field: fc.constantFrom(...INTAKE_FIELDS),
        value: fc.oneof(operator, fc.string({ maxLength: 30 }), fc.constant('')),
      })
      .map(({ field, value }) => ({ [field]: value })),
    weight: 2,
  },
  { arbitrary: fc.constant({ role: 'admin' }), weight: 1 },
  {
    arbitrary: fc.constant({ description: 'Asiakkaan henkilötunnus on 131052-308T ja tilanne on vaikea.' }),
    weight: 1,
  },
);
const caseRef = fc.nat({ max: 1_000 });
const dataFor = (verb: string): fc.Arbitrary<DataSpec> => {
  const options: Array<fc.WeightedArbitrary<DataSpec>> = [
    { arbitrary: jsonData.map((value) => ({ kind: 'json', value }) as const), weight: 1 },
  ];
  if (verb === 'submit-case' || verb === 'update-case')
    options.push({
      arbitrary: intakeOverrides.map((overrides) => ({ kind: 'intake', overrides }) as const),
      weight: 4,
    });
  if (verb === 'update-case')
    options.push({
      arbitrary: fc
        .record({ caseRef, version: fc.oneof(fc.constant('1'), fc.constant('2'), operator) })
        .map((r) => ({ kind: 'intake-update', ...r }) as const),
      weight: 3,
    });
  if (['view-case', 'edit-case', 'withdraw-case', 'close-by-recommendation'].includes(verb))
    options.push({
      arbitrary: fc
        .record({
          caseRef,
          extra: fc.oneof(
            fc.constant({}),
            fc.constant({ caseId: { $ne: null } }),
            fc.constant({ owner: 'x' }),
          ),
        })
        .map((r) => ({ kind: 'case', ...r }) as const),
      weight: 4,
    });
  if (verb === 'record-referral')
    options.push({
      arbitrary: fc.constant({
        kind: 'json',
        value: { organisation: 'kela', area: 'kuopio', ageGroup: 'under-23' },
      } as const),
      weight: 2,
    });
  return fc.oneof(...options);
};
const action: fc.Arbitrary<WellFormedOp> = fc
  .tuple(
    user,
    scope,
    fc.oneof(
      { arbitrary: fc.constantFrom(...VERBS), weight: 9 },
      { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
    ),
  )
  .chain(([u, s, verb]) =>
    dataFor(verb).map((data) => ({ kind: 'action', user: u, scope: s, verb, data }) as const),
  );

export const wellFormedOp: fc.Arbitrary<WellFormedOp> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('message' as const), user, scope, text }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('install' as const), user, scope }), weight: 1 },
  { arbitrary: action, weight: 8 },
  {
    arbitrary: fc.record({ kind: fc.constant('redeliver' as const), ref: fc.nat({ max: 1_000 }) }),
    weight: 1,
  },
);

const nonString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  operator,
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);
const notArray = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 10 }),
  fc.boolean(),
  fc.object({ maxDepth: 1 }),
);
const strictMutation: fc.Arbitrary<StrictMutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('tenantId', 'conversationType', 'aadObjectId', 'name'),
    value: nonString,
  }),
  fc.record({
    kind: fc.constant('value-not-object' as const),
    value: fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.integer(),
      fc.boolean(),
      fc.array(fc.integer(), { maxLength: 2 }),
    ),
  }),
  fc.record({
    kind: fc.constant('value-without-action' as const),
    value: fc.oneof(
      fc.constant({}),
      fc.constant({ trigger: 'manual' }),
      fc.constant({ verb: 'submit-case', data: {} }),
    ),
  }),
  fc.record({
    kind: fc.constant('lone-surrogate-conversation' as const),
    at: fc.nat({ max: 40 }),
    unit: fc.integer({ min: 0xd800, max: 0xdfff }),
  }),
  fc.record({
    kind: fc.constant('long-service-url' as const),
    length: fc.integer({ min: 2_100, max: 9_000 }),
  }),
  fc.record({ kind: fc.constantFrom('entities-not-array', 'members-added-not-array'), value: notArray }),
);
const lenientMutation: fc.Arbitrary<LenientMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('unicode-conversation' as const),
    suffix: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).map((s) => `ä€中🙂${s}`),
  }),
  fc.record({
    kind: fc.constant('invoke-name' as const),
    name: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(
        'composeExtension/query',
        'task/fetch',
        'signin/verifyState',
        'fileConsent/invoke',
        'actionableMessage/executeAction',
        'config/fetch',
      ),
      fc.string({ maxLength: 30 }),
    ),
    value: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
  }),
);

const baseFor = (kind: StrictMutation['kind']): fc.Arbitrary<WellFormedOp> =>
  kind === 'value-not-object' || kind === 'value-without-action'
    ? action
    : kind === 'members-added-not-array'
      ? fc.record({ kind: fc.constant('install' as const), user, scope })
      : wellFormedOp.filter((o) => o.kind !== 'redeliver');

export const fuzzOp: fc.Arbitrary<FuzzOp> = fc.oneof(
  { arbitrary: wellFormedOp, weight: 7 },
  {
    arbitrary: strictMutation.chain((mutation) =>
      baseFor(mutation.kind).map((base) => ({ kind: 'malformed', base, mutation }) as const),
    ),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(
        wellFormedOp.filter((o) => o.kind !== 'redeliver'),
        lenientMutation,
      )
      .map(([base, mutation]) => ({ kind: 'odd', base, mutation }) as const),
    weight: 1,
  },
);
