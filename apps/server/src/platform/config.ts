import { rtcIceServersSchema, type RtcIceServer } from '@atende/shared';
import { z } from 'zod';

// Every setting is an optional environment variable, validated once at start (ARCHITECTURE §1).
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis://')
    .optional(),
  PUBLIC_URL: z.url().optional(),
  SESSION_SECRET: z.string().min(16, 'must have at least 16 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  DEMO_PASSWORD: z.string().min(4).default('demo1234'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  PRESENCE_GRACE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  WIDGET_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  WIDGET_SESSIONS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  WIDGET_OPEN_CONVERSATIONS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(10),
  WIDGET_WAITING_PER_CHANNEL: z.coerce.number().int().min(1).max(1_000_000).default(500),
  WIDGET_UPLOAD_MB_PER_ADDRESS_HOUR: z.coerce.number().min(1).max(100_000).default(100),
  WIDGET_UPLOAD_MB_PER_CHANNEL_HOUR: z.coerce.number().min(1).max(1_000_000).default(2000),
  SOCKET_EVENTS_PER_SECOND: z.coerce.number().min(0.1).max(10_000).default(10),
  SOCKET_EVENT_BURST: z.coerce.number().int().min(1).max(100_000).default(30),
  ENCRYPTION_KEY: z.string().min(32, 'must have at least 32 characters').optional(),
  META_GRAPH_URL: z.url().default('https://graph.facebook.com'),
  TELEGRAM_API_URL: z.url().default('https://api.telegram.org'),
  STORAGE_DRIVER: z.enum(['fs', 's3']).default('fs'),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  SIP_WS_URL: z
    .string()
    .regex(/^wss?:\/\/[^/\s]+/, 'must start with ws:// or wss://')
    .optional(),
  ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false']).default('false'),
  RTC_ICE_SERVERS: z
    .string()
    .default('[]')
    .transform((v, ctx) => {
      try {
        return rtcIceServersSchema.parse(JSON.parse(v));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON array of { urls, username?, credential? }' });
        return z.NEVER;
      }
    }),
  RTC_PUBLIC_ADDRESS: z.string().min(1).optional(),
  RECORDING_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(7),
});

export type S3Config = {
  /** An S3-compatible server's URL; unset: AWS itself. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Unset: the SDK's default chain (environment, instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Path-style URLs (`host/bucket/key`), which most S3-compatible servers need. */
  forcePathStyle: boolean;
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  publicUrl: string;
  sessionTtlMs: number;
  seedDemo: boolean;
  demoPassword: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  cookieSecure: boolean;
  /** Trust X-Forwarded-For (only behind a load balancer that sets it): client IPs drive rate limits. */
  trustProxy: boolean;
  /** SPEC WS-02, PLT-06: agents with no connection for longer than this are logged out of every channel. */
  presenceGraceSeconds: number;
  /** CH-01: messages one web-chat visitor may send per minute. */
  widgetMessagesPerMinute: number;
  /** Widget limits per client address and per channel (hardening issue): sessions a minute, open and waiting conversations, upload bytes an hour. */
  widgetSessionsPerMinute: number;
  widgetOpenConversationsPerAddress: number;
  widgetWaitingPerChannel: number;
  widgetUploadBytesPerAddress: number;
  widgetUploadBytesPerChannel: number;
  /** Events one socket (visitor or staff) may send: a steady rate and a burst; floods are disconnected. */
  socketEventsPerSecond: number;
  socketEventBurst: number;
  /** Outbox: how often the sweeper looks for undispatched events, and how long it first leaves them to the fast path. */
  eventSweepSeconds: number;
  eventRetryDelaySeconds: number;
  /** SPEC PLT-03: the first wait before a failed webhook is tried again; later waits grow from it. */
  webhookRetryBaseSeconds: number;
  /** Seals provider secrets at rest (ARCHITECTURE §3a); unset: a key kept in DATA_DIR. */
  encryptionKey?: string;
  /** CH-08: provider base URLs, so tests and staging point the adapters at local fakes. No trailing slash. */
  metaGraphUrl: string;
  telegramApiUrl: string;
  /** Blobs (ARCHITECTURE §3a Storage): files under DATA_DIR/blobs, or an S3-compatible bucket for several instances. */
  storageDriver: 'fs' | 's3';
  s3?: S3Config;
  /** Let URLs that admins or a PBX give Atende reach private and loopback addresses (development and tests only). */
  allowPrivateTargets: boolean;
  /** SPEC VOX-06 (b): the PBX's SIP-over-WebSocket address agents' softphones register to; unset: no PBX softphone. */
  sipWsUrl?: string;
  /** SPEC VOX-06 (a): STUN/TURN servers (coturn) the server's WebRTC peer and the browsers use; none by default. */
  rtcIceServers: RtcIceServer[];
  /** The address the server's WebRTC peer announces besides its own interfaces (a public IP behind NAT). */
  rtcPublicAddress?: string;
  /** SPEC CRM-02: how long a signed recording link put in a CRM Task downloads without a session. */
  recordingLinkTtlSeconds: number;
  /** SPEC CRM-03: the first wait before a failed Salesforce job is tried again; later waits grow from it. */
  salesforceRetryBaseSeconds: number;
  /** Where the built web console lives; absent in API-only tests. */
  webDist?: string;
  /** Where the built web-chat widget (widget.js) lives. */
  widgetDist?: string;
  /** Where the built alert app (SPEC ALR-01) lives; served under /alertas/. */
  alertAppDist?: string;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.STORAGE_DRIVER === 's3' && !e.S3_BUCKET) throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required when STORAGE_DRIVER=s3');
  if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY)
    throw new ConfigError('Invalid configuration:\n  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both or neither');
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    publicUrl,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    seedDemo: e.SEED_DEMO === 'true',
    demoPassword: e.DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === 'true',
    presenceGraceSeconds: e.PRESENCE_GRACE_SECONDS,
    widgetMessagesPerMinute: e.WIDGET_MESSAGES_PER_MINUTE,
    widgetSessionsPerMinute: e.WIDGET_SESSIONS_PER_MINUTE,
    widgetOpenConversationsPerAddress: e.WIDGET_OPEN_CONVERSATIONS_PER_ADDRESS,
    widgetWaitingPerChannel: e.WIDGET_WAITING_PER_CHANNEL,
    widgetUploadBytesPerAddress: e.WIDGET_UPLOAD_MB_PER_ADDRESS_HOUR * 1024 * 1024,
    widgetUploadBytesPerChannel: e.WIDGET_UPLOAD_MB_PER_CHANNEL_HOUR * 1024 * 1024,
    socketEventsPerSecond: e.SOCKET_EVENTS_PER_SECOND,
    socketEventBurst: e.SOCKET_EVENT_BURST,
    encryptionKey: e.ENCRYPTION_KEY,
    metaGraphUrl: e.META_GRAPH_URL.replace(/\/+$/, ''),
    telegramApiUrl: e.TELEGRAM_API_URL.replace(/\/+$/, ''),
    storageDriver: e.STORAGE_DRIVER,
    s3: e.S3_BUCKET
      ? {
          endpoint: e.S3_ENDPOINT,
          region: e.S3_REGION,
          bucket: e.S3_BUCKET,
          accessKeyId: e.S3_ACCESS_KEY_ID,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY,
          forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
        }
      : undefined,
    allowPrivateTargets: e.ALLOW_PRIVATE_TARGETS === 'true',
    sipWsUrl: e.SIP_WS_URL,
    rtcIceServers: e.RTC_ICE_SERVERS,
    rtcPublicAddress: e.RTC_PUBLIC_ADDRESS,
    recordingLinkTtlSeconds: e.RECORDING_LINK_DAYS * 86_400,
    salesforceRetryBaseSeconds: 10,
    eventSweepSeconds: 2,
    eventRetryDelaySeconds: 5,
    webhookRetryBaseSeconds: 10,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? publicUrl.startsWith('https://') : e.COOKIE_SECURE === 'true',
    ...overrides,
  };
}
