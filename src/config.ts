import { z } from 'zod';
import type { PilotWindow } from './domain/figures/period.js';

/**
 * The only reader of process.env. One schema, parsed once at start; an invalid or missing value stops the start
 * with one message that lists every problem.
 */

const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0),
);
const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const yearMonth = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'must be YYYY-MM');
const monthOf = (s: string) => ({ year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)) });
const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

type GraphKeys = {
  readonly [
    K in
      | 'GRAPH_TENANT_ID'
      | 'GRAPH_CLIENT_ID'
      | 'GRAPH_CLIENT_SECRET'
      | 'GRAPH_CERTIFICATE_PATH'
      | 'GRAPH_MANAGED_IDENTITY_CLIENT_ID'
      | 'GRAPH_ORGANIZER'
  ]?: string | undefined;
} & { readonly CALENDAR_PROVIDER: 'local' | 'graph'; readonly GRAPH_BASE_URL: string };

const GRAPH_CREDENTIALS = [
  'GRAPH_CLIENT_SECRET',
  'GRAPH_CERTIFICATE_PATH',
  'GRAPH_MANAGED_IDENTITY_CLIENT_ID',
] as const;

/** The Graph calendar needs its tenant, app, organizer and exactly one credential; tokens go over https only. */
function checkGraphSettings(c: GraphKeys, ctx: z.RefinementCtx): void {
  if (c.CALENDAR_PROVIDER !== 'graph') return;
  for (const key of ['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'GRAPH_ORGANIZER'] as const) {
    if (c[key] === undefined)
      ctx.addIssue({ code: 'custom', path: [key], message: 'is required for CALENDAR_PROVIDER=graph' });
  }
  const credentials = GRAPH_CREDENTIALS.filter((key) => c[key] !== undefined);
  if (credentials.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['GRAPH_CLIENT_SECRET'],
      message: `set exactly one of ${GRAPH_CREDENTIALS.join(', ')} for CALENDAR_PROVIDER=graph (found ${credentials.length})`,
    });
  }
  const url = new URL(c.GRAPH_BASE_URL);
  if (url.protocol !== 'https:' && !isLoopback(url.hostname.replace(/^\[|\]$/g, ''))) {
    ctx.addIssue({
      code: 'custom',
      path: ['GRAPH_BASE_URL'],
      message: 'must be https:// (http only on loopback)',
    });
  }
}

function calendarOf(c: GraphKeys): Config['calendar'] {
  const { GRAPH_TENANT_ID: tenantId, GRAPH_CLIENT_ID: clientId, GRAPH_ORGANIZER: organizer } = c;
  if (c.CALENDAR_PROVIDER === 'local') return { provider: 'local' };
  if (!tenantId || !clientId || !organizer)
    throw new ConfigError(['GRAPH_*: incomplete (checked by the schema)']);
  const credential = c.GRAPH_CLIENT_SECRET
    ? ({ kind: 'secret', secret: c.GRAPH_CLIENT_SECRET } as const)
    : c.GRAPH_CERTIFICATE_PATH
      ? ({ kind: 'certificate', path: c.GRAPH_CERTIFICATE_PATH } as const)
      : ({ kind: 'managed-identity', clientId: c.GRAPH_MANAGED_IDENTITY_CLIENT_ID ?? 'system' } as const);
  return { provider: 'graph', tenantId, clientId, credential, organizer, baseUrl: c.GRAPH_BASE_URL };
}

/** Signing keys come over https only (http on loopback for tests); production needs an app to accept tokens for. */
function checkTabSso(
  c: {
    readonly TYM_MODE: string;
    readonly TAB_SSO_JWKS_URL: string;
    readonly TAB_SSO_CLIENT_ID?: string | undefined;
    readonly MICROSOFT_APP_ID?: string | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  const url = new URL(c.TAB_SSO_JWKS_URL);
  if (url.protocol !== 'https:' && !isLoopback(url.hostname.replace(/^\[|\]$/g, '')))
    ctx.addIssue({
      code: 'custom',
      path: ['TAB_SSO_JWKS_URL'],
      message: 'must be https:// (http only on loopback)',
    });
  if (c.TYM_MODE === 'production' && (c.TAB_SSO_CLIENT_ID ?? c.MICROSOFT_APP_ID) === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['TAB_SSO_CLIENT_ID'],
      message: 'is required in production mode (or MICROSOFT_APP_ID, its default)',
    });
}

export const ConfigSchema = z
  .object({
    /** `development`: embedded defaults, auth may be off on loopback. `production`: credentials required. */
    TYM_MODE: z.enum(['development', 'production']).default('development'),
    /** Interface to listen on. Development defaults to loopback; production must set it explicitly. */
    HOST: optional(z.string().min(1)),
    /** TCP port of the bot endpoint (`/api/messages`). */
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    /** Bot's Microsoft Entra app (client) id. Empty disables Bot Framework authentication (development only). */
    MICROSOFT_APP_ID: optional(guid),
    /** Client secret of the bot's app registration (for replies to Teams in production). */
    MICROSOFT_APP_PASSWORD: optional(z.string().min(1)),
    /** Tenant id of the bot's app registration (single-tenant bot). */
    MICROSOFT_APP_TENANT_ID: optional(guid),
    /** Bot app type as understood by the Bot Framework. */
    MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    /** Comma-separated Microsoft 365 tenant ids whose activities are accepted. Defaults to the app's tenant. */
    ALLOWED_TENANT_IDS: z.preprocess(emptyAsUndefined, csv.pipe(z.array(guid)).optional()),
    /** Largest accepted request body in bytes; larger bodies get 413. */
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(1_048_576).default(102_400),
    /** Log level of the process log (never contains case text). */
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Region profile: which employment areas the intake card offers. */
    TYM_REGION: z.enum(['pohjois-savo', 'satakunta', 'all']).default('all'),
    /** MongoDB connection string (MongoDB 7+, Atlas, Cosmos DB for MongoDB). Unset: in-memory store, lost on restart. */
    MONGODB_URI: optional(
      z.string().regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must start with mongodb:// or mongodb+srv://'),
    ),
    /** Database name on the MongoDB server. */
    MONGODB_DB: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be 1-63 letters, digits, _ or -')
        .default('tym_consult'),
    ),
    /** Days a closed or withdrawn case keeps its free text before the purge removes it. */
    RETENTION_TEXT_DAYS: z.coerce.number().int().min(1).max(1460).default(90),
    /** Months a closed or withdrawn case record (coded fields) is kept before deletion; never beyond 4 years. */
    RETENTION_RECORD_MONTHS: z.coerce.number().int().min(1).max(48).default(12),
    /** Minutes between retention purge runs (at most a week: longer timers overflow Node's setInterval). */
    PURGE_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
    /** Seconds between runs of the outbox sender (reminders and notices to personal chats). */
    OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** Development only: file of the in-memory store's snapshot, loaded at start and written periodically and on stop. */
    DEV_STORE_SNAPSHOT: optional(z.string().min(1)),
    /** Development only: `1` seeds the demo roles and consultation team of the playground's users (idempotent). */
    DEV_SEED: z.preprocess(emptyAsUndefined, z.enum(['0', '1']).default('0')),
    /** Development only: with DEV_SEED=1, also seed the synthetic spring pilot for the figures; `false` turns it off. */
    DEV_SEED_PILOT: optional(z.enum(['true', 'false', '1', '0'])),
    /** Anonymity guard's Finnish morphology: `voikko` requires libvoikko, `auto` uses it when installed, `lists` never. */
    ANONYMITY_MORPHOLOGY: z.preprocess(emptyAsUndefined, z.enum(['auto', 'voikko', 'lists']).default('auto')),
    /** Comma-separated Entra object ids of the initial admins (they grant roles by card; audited). */
    TYM_ADMIN_IDS: z.preprocess(emptyAsUndefined, csv.pipe(z.array(guid)).optional()),
    /** Hours before a consultation-team session that its agenda is sent to the convenor. */
    AGENDA_LEAD_HOURS: z.coerce.number().int().min(1).max(168).default(24),
    /** First month of the pilot period the evaluators' figures cover (`YYYY-MM`, Helsinki). */
    FIGURES_PILOT_START: z.preprocess(emptyAsUndefined, yearMonth.default('2026-01')),
    /** Last month of the pilot period, inclusive (`YYYY-MM`). */
    FIGURES_PILOT_END: z.preprocess(emptyAsUndefined, yearMonth.default('2026-06')),
    /** The app's public origin (https://…) for links in cards, such as the figures' CSV export; dev: http://HOST:PORT. */
    PUBLIC_URL: optional(z.url()),
    /** A case waiting longer than this many days from submission without being discussed is a bottleneck. */
    FIGURES_WAITING_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** Working days ahead searched for a network consultation's common time. */
    NETWORK_SEARCH_DAYS: z.coerce.number().int().min(1).max(40).default(10),
    /** Minutes between looks at booked network meetings in the calendar for declines and cancellations (a day at most). */
    CALENDAR_WATCH_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
    /** Calendar and Teams meetings: `local` keeps events in the app's own store, `graph` books them in Microsoft 365. */
    CALENDAR_PROVIDER: z.preprocess(emptyAsUndefined, z.enum(['local', 'graph']).default('local')),
    /** Tenant id of the Graph app registration (calendar `graph`). */
    GRAPH_TENANT_ID: optional(guid),
    /** Application (client) id that holds the Graph application permissions (calendar `graph`). */
    GRAPH_CLIENT_ID: optional(guid),
    /** Graph credential, one of three: the app registration's client secret. */
    GRAPH_CLIENT_SECRET: optional(z.string().min(1)),
    /** Graph credential, one of three: a PEM file with the app's certificate and its private key. */
    GRAPH_CERTIFICATE_PATH: optional(z.string().min(1)),
    /** Graph credential, one of three: client id of the user-assigned managed identity, or `system`. */
    GRAPH_MANAGED_IDENTITY_CLIENT_ID: optional(z.union([guid, z.literal('system')])),
    /** UPN of the organizer mailbox: meetings are created in it and free/busy is read through it. */
    GRAPH_ORGANIZER: optional(
      z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'must be a UPN such as tym@contoso.fi'),
    ),
    /** Graph service root with version; override it for a national cloud or a test endpoint. */
    GRAPH_BASE_URL: z.preprocess(emptyAsUndefined, z.url().default('https://graph.microsoft.com/v1.0')),
    /** The dashboard tab's SSO app (client) id: the manifest's `webApplicationInfo.id`. Defaults to MICROSOFT_APP_ID. */
    TAB_SSO_CLIENT_ID: optional(guid),
    /** Comma-separated tenant ids whose users' tab tokens are accepted. Defaults to ALLOWED_TENANT_IDS. */
    TAB_SSO_ALLOWED_TENANTS: z.preprocess(emptyAsUndefined, csv.pipe(z.array(guid)).optional()),
    /** Where the token signing keys are read (JWKS); tests point it at a loopback server. */
    TAB_SSO_JWKS_URL: z.preprocess(
      emptyAsUndefined,
      z.url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
    ),
    /** The Teams app's id (the manifest's `id`): the figures card's button deep-links to its dashboard tab. */
    TEAMS_APP_ID: optional(guid),
    /** Development only: the Teams client locale to assume (the Agents Playground always sends en-US). */
    DEV_CLIENT_LOCALE: optional(
      z.string().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, 'must be a locale such as fi-FI'),
    ),
  })
  .superRefine((c, ctx) => {
    checkGraphSettings(c, ctx);
    checkTabSso(c, ctx);
    if (c.FIGURES_PILOT_START > c.FIGURES_PILOT_END)
      ctx.addIssue({
        code: 'custom',
        path: ['FIGURES_PILOT_END'],
        message: 'must not be before FIGURES_PILOT_START',
      });
    if (c.TYM_MODE !== 'production') return;
    // Production data must survive a restart: the embedded in-memory store is for development only.
    const need = [
      'MICROSOFT_APP_ID',
      'MICROSOFT_APP_PASSWORD',
      'MICROSOFT_APP_TENANT_ID',
      'HOST',
      'MONGODB_URI',
    ] as const;
    for (const key of need) {
      if (c[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production mode' });
      }
    }
    if (c.DEV_CLIENT_LOCALE !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['DEV_CLIENT_LOCALE'], message: 'is for development only' });
    }
    if (c.DEV_STORE_SNAPSHOT !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['DEV_STORE_SNAPSHOT'], message: 'is for development only' });
    }
    if (c.DEV_SEED === '1') {
      ctx.addIssue({ code: 'custom', path: ['DEV_SEED'], message: 'is for development only' });
    }
    if (c.DEV_SEED_PILOT !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['DEV_SEED_PILOT'], message: 'is for development only' });
    }
    if (c.ANONYMITY_MORPHOLOGY === 'lists') {
      ctx.addIssue({
        code: 'custom',
        path: ['ANONYMITY_MORPHOLOGY'],
        message: 'must be voikko or auto in production mode: the list-based guard misses inflected names',
      });
    }
  });

type Raw = z.output<typeof ConfigSchema>;

/** The Graph calendar's settings; exactly one credential. */
export interface GraphCalendarConfig {
  readonly provider: 'graph';
  readonly tenantId: string;
  readonly clientId: string;
  readonly credential:
    | { readonly kind: 'secret'; readonly secret: string }
    | { readonly kind: 'certificate'; readonly path: string }
    | { readonly kind: 'managed-identity'; readonly clientId: string };
  /** The organizer mailbox (UPN). */
  readonly organizer: string;
  readonly baseUrl: string;
}

export interface Config {
  readonly mode: Raw['TYM_MODE'];
  readonly host: string;
  readonly port: number;
  readonly bot: {
    readonly appId: string | undefined;
    readonly appPassword: string | undefined;
    readonly tenantId: string | undefined;
    readonly appType: Raw['MICROSOFT_APP_TYPE'];
  };
  /** Tenants allowed to talk to the bot; empty means any (development without app id only). */
  readonly allowedTenantIds: readonly string[];
  readonly bodyLimitBytes: number;
  readonly logLevel: Raw['LOG_LEVEL'];
  readonly region: Raw['TYM_REGION'];
  /** The MongoDB store; without a `uri` the embedded in-memory store is used. */
  readonly mongo: { readonly uri: string | undefined; readonly dbName: string };
  /** How long ended cases keep their text and their record, and how often the purge job runs. */
  readonly retention: {
    readonly textDays: number;
    readonly recordMonths: number;
    readonly purgeIntervalMinutes: number;
  };
  /** The anonymity guard's morphology; production always requires Voikko (`auto` resolves to `voikko`). */
  readonly anonymity: { readonly morphology: Raw['ANONYMITY_MORPHOLOGY'] };
  /** The convenor flow: configured admins (Entra object ids) and how early the agenda goes out. */
  readonly convening: {
    readonly adminIds: readonly string[];
    readonly agendaLeadHours: number;
    readonly networkSearchDays: number;
  };
  /** The evaluators' figures: the pilot period and the waiting-time threshold of a bottleneck. */
  readonly figures: {
    readonly pilot: PilotWindow;
    readonly waitingThresholdDays: number;
    /** Absolute URL of the CSV export, when the public origin is known. */
    readonly exportUrl: string | undefined;
    /** The dashboard: the Teams deep link to the static tab `dashboard`, or (development) the tab's own URL. */
    readonly dashboardUrl: string | undefined;
  };
  /** True when Bot Framework authentication is off (development on loopback only). */
  readonly isAuthDisabled: boolean;
  /** Development only: the client locale assumed instead of the one Teams sends. */
  readonly devClientLocale: string | undefined;
  /** How often the outbox sender runs. */
  readonly outbox: { readonly intervalSeconds: number };
  /** How often booked network meetings are looked at in the calendar (declines, cancellations). */
  readonly calendarWatch: { readonly intervalMinutes: number };
  /** Development only: where the in-memory store's snapshot lives (unset: nothing survives a restart). */
  readonly devStoreSnapshot: string | undefined;
  /** Development only: seed the demo roles and consultation team at start. */
  readonly isDemoSeeded: boolean;
  /** Development only: with the demo seed, also the synthetic pilot (cases, sessions, referrals) for the figures. */
  readonly isPilotSeeded: boolean;
  /** The calendar: the local one in the store, or Microsoft Graph. */
  readonly calendar: { readonly provider: 'local' } | GraphCalendarConfig;
  /** The dashboard tab's Teams SSO; undefined without an app id (development: the dev header only). */
  readonly tabSso: TabSsoConfig | undefined;
}

/** Which tab tokens the figures API accepts (checked in src/http/auth/teams-sso.ts). */
export interface TabSsoConfig {
  /** The client id and, when the public host is known, the app id URI `api://<host>/<client id>`. */
  readonly audiences: readonly string[];
  readonly allowedTenantIds: readonly string[];
  readonly jwksUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const isLoopback = (host: string) => /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i.test(host);

/** Parses the environment into a Config or throws a ConfigError that lists every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const c = parsed.data;
  const host = c.HOST ?? '127.0.0.1';
  const isAuthDisabled = c.MICROSOFT_APP_ID === undefined;
  if (isAuthDisabled && !isLoopback(host)) {
    throw new ConfigError([
      `HOST: authentication is off (no MICROSOFT_APP_ID), so the bot may only listen on loopback, not on ${host}`,
    ]);
  }
  const allowed = c.ALLOWED_TENANT_IDS ?? (c.MICROSOFT_APP_TENANT_ID ? [c.MICROSOFT_APP_TENANT_ID] : []);
  if (!isAuthDisabled && allowed.length === 0) {
    throw new ConfigError([
      'ALLOWED_TENANT_IDS: set it or MICROSOFT_APP_TENANT_ID when authentication is on',
    ]);
  }
  return {
    mode: c.TYM_MODE,
    host,
    port: c.PORT,
    bot: {
      appId: c.MICROSOFT_APP_ID,
      appPassword: c.MICROSOFT_APP_PASSWORD,
      tenantId: c.MICROSOFT_APP_TENANT_ID,
      appType: c.MICROSOFT_APP_TYPE,
    },
    allowedTenantIds: allowed,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    logLevel: c.LOG_LEVEL,
    region: c.TYM_REGION,
    mongo: { uri: c.MONGODB_URI, dbName: c.MONGODB_DB },
    retention: {
      textDays: c.RETENTION_TEXT_DAYS,
      recordMonths: c.RETENTION_RECORD_MONTHS,
      purgeIntervalMinutes: c.PURGE_INTERVAL_MINUTES,
    },
    anonymity: { morphology: c.TYM_MODE === 'production' ? 'voikko' : c.ANONYMITY_MORPHOLOGY },
    convening: {
      adminIds: c.TYM_ADMIN_IDS ?? [],
      agendaLeadHours: c.AGENDA_LEAD_HOURS,
      networkSearchDays: c.NETWORK_SEARCH_DAYS,
    },
    figures: {
      pilot: { first: monthOf(c.FIGURES_PILOT_START), last: monthOf(c.FIGURES_PILOT_END) },
      waitingThresholdDays: c.FIGURES_WAITING_DAYS,
      exportUrl: exportUrlOf(
        c.PUBLIC_URL ?? (c.TYM_MODE === 'development' ? `http://${host}:${c.PORT}` : undefined),
      ),
      dashboardUrl: c.TEAMS_APP_ID
        ? `https://teams.microsoft.com/l/entity/${c.TEAMS_APP_ID}/dashboard`
        : c.TYM_MODE === 'development'
          ? new URL('/tab/', c.PUBLIC_URL ?? `http://${host}:${c.PORT}`).toString()
          : undefined,
    },
    isAuthDisabled,
    devClientLocale: c.DEV_CLIENT_LOCALE,
    outbox: { intervalSeconds: c.OUTBOX_INTERVAL_SECONDS },
    calendarWatch: { intervalMinutes: c.CALENDAR_WATCH_INTERVAL_MINUTES },
    devStoreSnapshot: c.DEV_STORE_SNAPSHOT,
    isDemoSeeded: c.DEV_SEED === '1',
    isPilotSeeded: c.DEV_SEED === '1' && !['false', '0'].includes(c.DEV_SEED_PILOT ?? 'true'),
    calendar: calendarOf(c),
    tabSso: tabSsoOf(c, allowed),
  };
}

function tabSsoOf(c: Raw, allowedTenantIds: readonly string[]): TabSsoConfig | undefined {
  const clientId = c.TAB_SSO_CLIENT_ID ?? c.MICROSOFT_APP_ID;
  if (clientId === undefined) return undefined;
  const host = c.PUBLIC_URL === undefined ? undefined : new URL(c.PUBLIC_URL).hostname;
  return {
    audiences: host === undefined ? [clientId] : [clientId, `api://${host}/${clientId}`],
    allowedTenantIds: c.TAB_SSO_ALLOWED_TENANTS ?? allowedTenantIds,
    jwksUrl: c.TAB_SSO_JWKS_URL,
  };
}

const exportUrlOf = (origin: string | undefined) =>
  origin === undefined ? undefined : new URL('/api/figures.csv', origin).toString();
