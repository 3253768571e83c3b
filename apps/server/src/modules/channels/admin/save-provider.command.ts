import type { channelProviderBody } from '@atende/shared';
import { zodIssueRule } from '@atende/shared';
import { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { constraintError } from '../../../platform/db/pg-errors.js';
import { AppError, type FieldProblem } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { channelById, setChannelProvider, type ChannelRow } from '../../queues/index.js';
import { adapterFor } from '../adapters/registry.js';

type ProviderBody = z.infer<typeof channelProviderBody>;

/** Zod issues of one part of the body as field problems under `body.<part>.<field>`. */
function problemsOf(error: z.ZodError, part: 'settings' | 'secrets', input: Record<string, unknown>): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String);
    const present = field.length > 0 && input[field[0]!] != null;
    return { path: ['body', part, ...field].join('.'), ...zodIssueRule(issue as unknown as Parameters<typeof zodIssueRule>[0], present) };
  });
}

/** Secrets are sent only when changed: the schema checks each given one, and none is required here. */
function partialOf(schema: z.ZodType<Record<string, string>>): z.ZodType<Record<string, string | undefined>> {
  return schema instanceof z.ZodObject ? schema.partial() : schema;
}

/**
 * SPEC ORG-05, CH-02, CH-03: an admin sets a channel's provider settings and secrets. Secrets not
 * given are kept; after merging, every secret the adapter names must be set. Secrets are sealed
 * before they reach the database; the provider key (WhatsApp phone_number_id) routes webhooks and
 * may belong to one channel only, whatever the organization.
 */
export function saveChannelProviderCommand(platform: Platform, p: Principal, id: string, body: ProviderBody): Promise<ChannelRow> {
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    const current = await channelById(s, id);
    if (!current) throw new AppError('CHANNEL_NOT_FOUND');
    const adapter = adapterFor(current.type);
    // Web chat has an adapter but no provider: its settings (pre-chat form) are saved elsewhere.
    if (!adapter || adapter.baseUrl(platform.config) === null) throw new AppError('CHANNEL_TYPE_UNSUPPORTED');

    // A blank secret field means "keep the stored one" (the console leaves secrets blank).
    const givenInput = Object.fromEntries(Object.entries(body.secrets).filter(([, v]) => v.trim() !== ''));
    const settings = adapter.settingsSchema.safeParse(body.settings);
    const given = partialOf(adapter.secretsSchema).safeParse(givenInput);
    const problems = [
      ...(settings.success ? [] : problemsOf(settings.error, 'settings', body.settings)),
      ...(given.success ? [] : problemsOf(given.error, 'secrets', givenInput)),
    ];
    const secrets: Record<string, string> = {};
    for (const name of adapter.secretNames) {
      const plain = given.success ? given.data[name] : undefined;
      const stored = current.secrets?.[name];
      if (plain) secrets[name] = platform.secrets.seal(plain);
      else if (stored) secrets[name] = stored;
      else if (!(name in givenInput)) problems.push({ path: `body.secrets.${name}`, rule: 'required' });
    }
    if (problems.length || !settings.success) throw new AppError('VALIDATION_FAILED', { fields: problems });

    const row = await setChannelProvider(s, id, { settings: settings.data, secrets, providerKey: adapter.channelKey(settings.data) }).catch(
      (err: unknown) => {
        if (constraintError(err)?.constraint === 'channels_provider_key_unique') throw new AppError('CHANNEL_PROVIDER_KEY_TAKEN');
        throw err;
      },
    );
    if (!row) throw new AppError('CHANNEL_NOT_FOUND');
    await platform.events.emit(s, 'channel.updated', { channelId: id, queueId: row.queueId, previousQueueId: current.queueId, active: row.active });
    return row;
  });
}
