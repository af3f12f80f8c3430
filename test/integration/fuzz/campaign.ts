/**
 * The fuzz campaign's runner: one app per property (reused by every run), activities sent in concurrent chunks
 * through a listening in-process server, replies captured by the connector sink and checked per activity, the
 * store checked after every run. State (the ledger of receipts) spans the runs, like the app's store does.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Stores } from '../../../src/ports/stores.js';
import type { StoresHarness } from '../../contract/stores-harness.js';
import { validIntakeInputs } from '../../fixtures/intake-inputs.js';
import { BOT_ID } from '../support/activities.js';
import type { SentActivity } from '../support/connector-sink.js';
import { startTestBot, type TestBot } from '../support/test-app.js';
import { isUniversalActionsBody } from '../support/universal-actions.js';
import {
  fuzzOp,
  type LenientMutation,
  type StrictMutation,
  USERS,
  type DataSpec,
  type FuzzOp,
  type Scope,
  type WellFormedOp,
} from './activity-arbitraries.js';

export interface CampaignOptions {
  /** Generated activities at least (FUZZ_RUNS overrides the number of runs). */
  readonly minActivities: number;
  readonly batch: { readonly min: number; readonly max: number };
  readonly concurrency: number;
}

export interface CampaignResult {
  readonly seed: number;
  readonly runs: number;
  readonly activities: number;
  readonly receipts: number;
  readonly ms: number;
}

interface Receipt {
  readonly caseId: string;
  readonly reference: string;
  readonly owner: (typeof USERS)[number];
  readonly marker: string;
}

/** Text of the fixture every submitted description carries: it must never reach a shared conversation. */
const FIXTURE_TEXT = 'Vuokrarästejä on kertynyt';
const RECEIPT = /KUO-\d{4}-\d{4}/;
const CASE_ID = /"caseId":"([0-9a-f-]{36})"/;

const envInt = (name: string): number | undefined => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : undefined;
};

/** A word the anonymity guard leaves alone, unique per submission, to find a case's text wherever it shows up. */
const markerOf = (n: number): string =>
  `zq${n
    .toString(20)
    .split('')
    .map((d) => 'bcdfghjklmnpqrstvwx'[parseInt(d, 20)] ?? 'z')
    .join('')}`;

class Campaign {
  private readonly receipts = new Map<string, Receipt>(); // by case id
  private readonly receiptByActivity = new Map<string, string>(); // activity key -> case id
  private readonly submissions: Array<Record<string, unknown>> = [];
  private readonly markers = new Map<string, Receipt>(); // marker -> receipt
  private seq = 0;
  activities = 0;

  constructor(
    private readonly bot: TestBot,
    private readonly base: string,
    private readonly harness: Pick<StoresHarness, 'readAudit'> & { stores: Stores },
  ) {}

  /** One property run: every op sent, each answer checked, then the store. */
  async run(ops: readonly FuzzOp[], concurrency: number): Promise<void> {
    this.bot.sink.clear();
    for (let i = 0; i < ops.length; i += concurrency) {
      const chunk = ops.slice(i, i + concurrency).map((op) => this.build(op));
      const answers = await Promise.all(chunk.map((b) => this.send(b.activity)));
      const sent = this.bot.sink.sent.splice(0);
      this.bot.sink.refused.length = 0;
      chunk.forEach((b, j) => this.check(b, answers[j]!, sent));
      // whatever was sent that no activity of the chunk asked for is an answer to something else
      const stray = sent.map((s) => `${s.path.slice(0, 120)} ${JSON.stringify(s.body).slice(0, 300)}`);
      expect(
        stray,
        `activities sent for no generated activity of the chunk ${JSON.stringify(chunk.map((b) => b.activity['id']))}`,
      ).toEqual([]);
    }
    const health = await fetch(`${this.base}healthz`);
    expect(health.status, 'the process stays up').toBe(200);
    await this.checkStore();
  }

  private build(op: FuzzOp): Built {
    const n = ++this.seq;
    if (op.kind === 'redeliver') {
      const earlier = this.submissions.length
        ? this.submissions[op.ref % this.submissions.length]
        : undefined;
      if (earlier)
        return { op, activity: earlier, expect: 'invoke', scope: scopeOf(earlier), user: userOf(earlier) };
      return this.build({ kind: 'message', user: 0, scope: 'personal', text: 'apua' });
    }
    if (op.kind === 'malformed') {
      const b = this.build(op.base);
      return { ...b, op, activity: mutate(b.activity, op.mutation, this.bot.serviceUrl), expect: 'refused' };
    }
    if (op.kind === 'odd') {
      const b = this.build(op.base);
      return { ...b, op, activity: mutate(b.activity, op.mutation, this.bot.serviceUrl), expect: 'lenient' };
    }
    const u = USERS[op.user]!;
    const activity = envelope(op, u, n, this.bot.serviceUrl);
    if (op.kind === 'message')
      return {
        op,
        activity: { ...activity, text: op.text, textFormat: 'plain', ...mentions(op.text) },
        expect: 'one',
        scope: op.scope,
        user: u,
      };
    if (op.kind === 'install')
      return {
        op,
        activity: { ...activity, type: 'conversationUpdate', membersAdded: [{ id: BOT_ID }] },
        expect: 'one',
        scope: op.scope,
        user: u,
      };
    const marker = markerOf(n);
    const data = this.dataOf(op.data, marker);
    const built: Built = {
      op,
      activity: {
        ...activity,
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: op.verb, data }, trigger: 'manual' },
      },
      expect: 'invoke',
      scope: op.scope,
      user: u,
      ...(op.verb === 'submit-case' ? { marker } : {}),
    };
    if (op.verb === 'submit-case') this.submissions.push(built.activity);
    return built;
  }

  private dataOf(spec: DataSpec, marker: string): unknown {
    const known = [...this.receipts.values()];
    const caseAt = (ref: number) => known[ref % Math.max(1, known.length)]?.caseId ?? randomUUID();
    switch (spec.kind) {
      case 'json':
        return spec.value;
      case 'intake':
        return withMarker(validIntakeInputs({ ...spec.overrides }), marker);
      case 'intake-update':
        return {
          ...withMarker(validIntakeInputs(), marker),
          caseId: caseAt(spec.caseRef),
          version: spec.version,
        };
      case 'case':
        return { caseId: caseAt(spec.caseRef), ...spec.extra };
    }
  }

  private async send(activity: Record<string, unknown>): Promise<Answer> {
    this.activities += 1;
    const res = await fetch(`${this.base}api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: res.status, body };
  }

  private check(b: Built, answer: Answer, sent: SentActivity[]): void {
    const id = String(b.activity['id']);
    const conversationId = (b.activity['conversation'] as { id?: unknown } | undefined)?.id;
    // a reply names the activity; a new message in a shared conversation names only the conversation (unique per activity)
    const mine = takeWhere(
      sent,
      (s) => (s.replyToId ?? s.body['replyToId']) === id || s.conversationId === conversationId,
    );
    const what = `${JSON.stringify(b.op)}\nactivity: ${JSON.stringify(b.activity).slice(0, 1_500)}\nanswer: ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 500)}\nsent: ${mine.length}`;
    expect(answer.status, `never 5xx: ${what}`).toBeLessThan(500);
    if (b.expect === 'refused') {
      expect(answer.status, `a malformed envelope gets a 4xx: ${what}`).toBeGreaterThanOrEqual(400);
      expect(mine, `no turn runs for a malformed envelope: ${what}`).toEqual([]);
      return;
    }
    if (b.expect === 'lenient') {
      if (answer.status >= 400) expect(mine, `no turn runs for a refused envelope: ${what}`).toEqual([]);
      else expect(mine.length, `at most one answer: ${what}`).toBeLessThanOrEqual(1);
      this.checkNoLeak(b, answer, mine, what);
      // an accepted odd envelope (e.g. a Unicode conversation id) may still submit a case
      if (answer.status < 400) this.recordReceipt(b, answer, what);
      return;
    }
    if (b.expect === 'one') {
      expect(answer.status, `a well-formed activity is accepted: ${what}`).toBeLessThan(300);
      expect(mine.length, `exactly one outgoing activity for a message or install: ${what}`).toBe(1);
    } else {
      expect(answer.status, `an invoke gets 200: ${what}`).toBe(200);
      expect(isUniversalActionsBody(answer.body), `an invoke gets a Universal Actions body: ${what}`).toBe(
        true,
      );
      expect(mine.length, `at most one outgoing activity for an invoke: ${what}`).toBeLessThanOrEqual(1);
    }
    this.checkNoLeak(b, answer, mine, what);
    this.recordReceipt(b, answer, what);
  }

  /** No case text in a shared conversation; no other user's case anywhere. */
  private checkNoLeak(b: Built, answer: Answer, mine: SentActivity[], what: string): void {
    const shown = JSON.stringify([answer.body, mine.map((s) => s.body)]);
    if (b.scope !== 'personal') {
      expect(shown.includes(FIXTURE_TEXT), `no case text in a ${b.scope} conversation: ${what}`).toBe(false);
      for (const m of shown.match(/zq[b-x]+/g) ?? [])
        expect(this.markers.has(m), `no case text in a ${b.scope} conversation: ${what}`).toBe(false);
    }
    for (const m of shown.match(/zq[b-x]+/g) ?? []) {
      const owner = this.markers.get(m)?.owner;
      if (owner && b.user)
        expect(sameUser(owner, b.user), `no case readable by another user: ${what}`).toBe(true);
    }
  }

  private recordReceipt(b: Built, answer: Answer, what: string): void {
    const isSubmit =
      (b.activity['value'] as { action?: { verb?: unknown } } | undefined)?.action?.verb === 'submit-case';
    const body = answer.body as { type?: unknown; value?: unknown } | undefined;
    if (!isSubmit || body?.type !== 'application/vnd.microsoft.card.adaptive') return;
    const card = JSON.stringify(body.value);
    const reference = RECEIPT.exec(card)?.[0];
    const caseId = CASE_ID.exec(card)?.[1];
    if (!reference || !caseId || !b.user) return;
    const key = `${JSON.stringify((b.activity['conversation'] as { id?: unknown }).id)}|${String(b.activity['id'])}`;
    const earlier = this.receiptByActivity.get(key);
    expect(earlier ?? caseId, `one case per delivered activity, however often it is delivered: ${what}`).toBe(
      caseId,
    );
    this.receiptByActivity.set(key, caseId);
    if (this.receipts.has(caseId)) return;
    const marker =
      String(
        (b.activity['value'] as { action: { data: { description?: unknown } } }).action.data.description,
      ).match(/zq[b-x]+/)?.[0] ?? '';
    const receipt = { caseId, reference, owner: b.user, marker };
    this.receipts.set(caseId, receipt);
    if (marker) this.markers.set(marker, receipt);
  }

  /** Each user's My cases = exactly the submissions that got a receipt; nothing else was created. */
  private async checkStore(): Promise<void> {
    const byOwner = new Map<string, string[]>();
    for (const r of this.receipts.values()) {
      const k = `${r.owner.aadObjectId}|${r.owner.tenantId}`;
      byOwner.set(k, [...(byOwner.get(k) ?? []), r.caseId]);
    }
    for (const u of USERS) {
      const stored = await this.harness.stores.cases.listByOwner(
        { userId: u.aadObjectId, tenantId: u.tenantId },
        1_000,
      );
      const ids = stored.map((c) => c.id);
      expect(new Set(ids).size, `no duplicate cases for ${u.id}`).toBe(ids.length);
      expect(new Set(stored.map((c) => c.reference)).size, `no duplicate references for ${u.id}`).toBe(
        ids.length,
      );
      expect(
        [...ids].sort(),
        `My cases of ${u.id} (${u.tenantId}) = the submissions that got a receipt`,
      ).toEqual([...(byOwner.get(`${u.aadObjectId}|${u.tenantId}`) ?? [])].sort());
    }
    const created = (await this.harness.readAudit())
      .filter((e) => e.action === 'case.created')
      .map((e) => e.subject);
    expect(
      created.filter((id) => !id || !this.receipts.has(id)),
      'no case created without a receipt',
    ).toEqual([]);
  }

  get receiptCount(): number {
    return this.receipts.size;
  }
}

interface Built {
  readonly op: FuzzOp;
  readonly activity: Record<string, unknown>;
  /** one: exactly one outgoing activity; invoke: 200 + Universal Actions body; refused: 4xx; lenient: never 5xx. */
  readonly expect: 'one' | 'invoke' | 'refused' | 'lenient';
  readonly scope: Scope;
  readonly user: (typeof USERS)[number] | undefined;
  readonly marker?: string;
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

const sameUser = (a: (typeof USERS)[number], b: (typeof USERS)[number]) =>
  a.aadObjectId === b.aadObjectId && a.tenantId === b.tenantId;

function takeWhere<T>(xs: T[], p: (x: T) => boolean): T[] {
  const taken: T[] = [];
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i]!)) taken.unshift(...xs.splice(i, 1));
  return taken;
}

const withMarker = (inputs: Record<string, unknown>, marker: string) =>
  typeof inputs['description'] === 'string'
    ? { ...inputs, description: `${inputs['description']} Seurantasana ${marker}.` }
    : inputs;

/** Unique per activity (the bot keeps no state by conversation), so that every outgoing activity can be attributed. */
function conversationOf(scope: Scope, u: (typeof USERS)[number], n: number) {
  if (scope === 'personal')
    return { id: `a:1personal-${u.id.slice(3)}-${n}`, conversationType: 'personal', tenantId: u.tenantId };
  if (scope === 'groupChat')
    return {
      id: `19:group-${u.tenantId.slice(0, 4)}-${n}@thread.v2`,
      conversationType: 'groupChat',
      isGroup: true,
      tenantId: u.tenantId,
    };
  return {
    id: `19:channel-${u.tenantId.slice(0, 4)}-${n}@thread.tacv2;messageid=1700000000000`,
    conversationType: 'channel',
    isGroup: true,
    tenantId: u.tenantId,
  };
}

function envelope(
  op: Exclude<WellFormedOp, { kind: 'redeliver' }>,
  u: (typeof USERS)[number],
  n: number,
  serviceUrl: string,
) {
  const locale = n % 3 === 0 ? 'en-US' : 'fi-FI';
  return {
    type: 'message',
    id: `fz-${n}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: u.id, aadObjectId: u.aadObjectId, name: u.name },
    recipient: { id: BOT_ID, name: 'TYM-konsultaatio' },
    conversation: conversationOf(op.scope, u, n),
    channelData: {
      tenant: { id: u.tenantId },
      ...(op.scope === 'channel' ? { channel: { id: '19:channel' }, team: { id: '19:team' } } : {}),
    },
    locale,
    entities: [{ type: 'clientInfo', locale, country: 'FI', platform: 'Web', timezone: 'Europe/Helsinki' }],
  } as Record<string, unknown>;
}

const mentions = (text: string) =>
  text.includes('<at>')
    ? {
        entities: [
          {
            type: 'mention',
            text: /<at>.*?<\/at>/.exec(text)?.[0] ?? '',
            mentioned: { id: BOT_ID, name: 'TYM' },
          },
        ],
      }
    : {};

const scopeOf = (a: Record<string, unknown>): Scope => {
  const t = (a['conversation'] as { conversationType?: unknown }).conversationType;
  return t === 'personal' || t === 'channel' ? t : 'groupChat';
};
const userOf = (a: Record<string, unknown>) => {
  const f = a['from'] as { id?: unknown };
  const c = a['conversation'] as { tenantId?: unknown };
  return USERS.find((u) => u.id === f.id && u.tenantId === c.tenantId);
};

function mutate(
  a: Record<string, unknown>,
  m: StrictMutation | LenientMutation,
  serviceUrl: string,
): Record<string, unknown> {
  const conversation = a['conversation'] as Record<string, unknown>;
  const from = a['from'] as Record<string, unknown>;
  switch (m.kind) {
    case 'tenantId':
      return { ...a, conversation: { ...conversation, tenantId: m.value } };
    case 'conversationType':
      return { ...a, conversation: { ...conversation, conversationType: m.value } };
    case 'aadObjectId':
      return { ...a, from: { ...from, aadObjectId: m.value } };
    case 'name':
      return { ...a, from: { ...from, name: m.value } };
    case 'value-not-object':
    case 'value-without-action':
      return { ...a, value: m.value };
    case 'lone-surrogate-conversation': {
      const id = String(conversation['id']);
      const at = m.at % (id.length + 1);
      return {
        ...a,
        conversation: {
          ...conversation,
          id: `${id.slice(0, at)}${String.fromCharCode(m.unit)}${id.slice(at)}`,
        },
      };
    }
    case 'long-service-url':
      return { ...a, serviceUrl: `${serviceUrl}${'x'.repeat(m.length)}/` };
    case 'entities-not-array':
      return { ...a, entities: m.value };
    case 'members-added-not-array':
      return { ...a, membersAdded: m.value };
    case 'unicode-conversation':
      return { ...a, conversation: { ...conversation, id: `${String(conversation['id'])}${m.suffix}` } };
    case 'invoke-name': {
      const { name: _name, value: _value, ...rest } = a;
      return {
        ...rest,
        type: 'invoke',
        ...(m.name === undefined ? {} : { name: m.name }),
        ...(m.value === undefined ? {} : { value: m.value }),
      };
    }
  }
}

async function listen(bot: TestBot): Promise<{ server: Server; base: string }> {
  const server = createServer(bot.app.http);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** Runs the campaign on the given stores: FUZZ_SEED and FUZZ_RUNS override the defaults; the seed is printed on failure. */
export async function runCampaign(
  harness: Pick<StoresHarness, 'readAudit' | 'stores'>,
  options: CampaignOptions,
  defaultSeed: number,
): Promise<CampaignResult> {
  const seed = envInt('FUZZ_SEED') ?? defaultSeed;
  const runs = envInt('FUZZ_RUNS') ?? Math.ceil(options.minActivities / options.batch.min);
  const bot = await startTestBot({}, { stores: harness.stores });
  // a campaign logs a lot: keep memory bounded, but keep the last errors for a failure's message
  const errors: string[] = [];
  const keepError = (event: string, fields?: unknown) => {
    errors.push(`${event} ${JSON.stringify(fields ?? {}).slice(0, 300)}`);
    if (errors.length > 20) errors.shift();
  };
  Object.assign(bot.logger, { debug() {}, info() {}, warn: keepError, error: keepError });
  const { server, base } = await listen(bot);
  const campaign = new Campaign(bot, base, harness);
  const crashes: unknown[] = [];
  const onCrash = (e: unknown) => void crashes.push(e);
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  const started = Date.now();
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fuzzOp, { minLength: options.batch.min, maxLength: options.batch.max }),
        (ops) => campaign.run(ops, options.concurrency),
      ),
      {
        seed,
        numRuns: runs,
        endOnFailure: false,
        interruptAfterTimeLimit: 120_000,
        markInterruptAsFailure: true,
      },
    );
  } catch (e) {
    console.error(
      `[fuzz] failed with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}; last errors logged:\n${errors.join('\n')}`,
    );
    throw e;
  } finally {
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
    server.closeAllConnections();
    server.close();
    await bot.stop();
  }
  expect(crashes, 'the process stays up: no uncaught error').toEqual([]);
  return {
    seed,
    runs,
    activities: campaign.activities,
    receipts: campaign.receiptCount,
    ms: Date.now() - started,
  };
}
