import {
  errorBodySchema,
  sipAccountBody,
  sipAccountView,
  sipCredentials,
  voiceSettings,
  voiceSettingsBody,
  type SipAccountView,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import { listStaff, userExtension } from '../../tenancy/index.js';
import { newCtiToken, settingsOf, toVoiceSettings } from '../settings.js';
import { voiceRepo } from '../voice.repository.js';

async function sipView(s: Scope, userId: string): Promise<SipAccountView> {
  const row = await voiceRepo.sipAccount(s, userId);
  return { userId, extension: await userExtension(s, userId), hasPassword: Boolean(row?.passwordSealed) };
}

// SPEC VOX-05, VOX-06: the organization's telephony settings and each agent's SIP device (admins).
export async function settingsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['voice'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/voice/settings',
    { config: admin, schema: { tags, summary: 'Voice settings', response: { 200: voiceSettings, ...errors } } },
    async (req) => platform.tenant.asUser(principalOf(req), async (s) => toVoiceSettings(await settingsOf(s))),
  );
  r.put(
    '/api/voice/settings',
    { config: admin, schema: { tags, summary: 'Change voice settings', body: voiceSettingsBody, response: { 200: voiceSettings, ...errors } } },
    async (req) =>
      platform.tenant.asUser(principalOf(req), async (s) => {
        await settingsOf(s);
        const b = req.body;
        const values = {
          ...(b.clickToDialUrl !== undefined ? { clickToDialUrl: b.clickToDialUrl || null } : {}),
          ...(b.clickToDialMethod ? { clickToDialMethod: b.clickToDialMethod } : {}),
          ...(b.ringTimeoutSeconds !== undefined ? { ringTimeoutSeconds: b.ringTimeoutSeconds } : {}),
          ...(b.maxWaitSeconds !== undefined ? { maxWaitSeconds: b.maxWaitSeconds } : {}),
          ...(b.callbackOnAbandon !== undefined ? { callbackOnAbandon: b.callbackOnAbandon } : {}),
          ...(b.recordingRetentionDays !== undefined ? { recordingRetentionDays: b.recordingRetentionDays } : {}),
        };
        if (values.clickToDialUrl && !/^https?:\/\//i.test(values.clickToDialUrl)) {
          throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'clickToDialUrl', rule: 'invalid_format' }] });
        }
        return toVoiceSettings(await voiceRepo.updateSettings(s, values));
      }),
  );
  r.post(
    '/api/voice/settings/cti-token',
    { config: admin, schema: { tags, summary: 'Regenerate the CTI token (the old one stops working)', response: { 200: voiceSettings, ...errors } } },
    async (req) =>
      platform.tenant.asUser(principalOf(req), async (s) => {
        await settingsOf(s);
        return toVoiceSettings(await voiceRepo.updateSettings(s, { ctiToken: newCtiToken() }));
      }),
  );

  // "Dispositivos" / ramal: the password is write-only for admins; the agent's softphone reads its own.
  r.get(
    '/api/voice/sip',
    { schema: { tags, summary: 'My SIP credentials (softphone registration)', response: { 200: sipCredentials } } },
    async (req) => {
      const p = principalOf(req);
      const [row, extension] = await platform.tenant.asUser(
        p,
        async (s) => [await voiceRepo.sipAccount(s, p.userId), await userExtension(s, p.userId)] as const,
      );
      return {
        extension,
        password: row?.passwordSealed ? platform.secrets.open(row.passwordSealed) : null,
        // VOX-06 (b): where the softphone registers (SIP_WS_URL); null: no PBX softphone.
        wsUrl: platform.config.sipWsUrl ?? null,
        iceServers: platform.config.rtcIceServers,
      };
    },
  );
  const userParams = z.object({ id: z.uuid() });
  r.get(
    '/api/users/:id/sip',
    { config: admin, schema: { tags, summary: "A user's SIP extension", params: userParams, response: { 200: sipAccountView, ...errors } } },
    async (req) =>
      platform.tenant.asUser(principalOf(req), async (s) => {
        if (!(await listStaff(s)).some((u) => u.id === req.params.id)) throw new AppError('USER_NOT_FOUND');
        return sipView(s, req.params.id);
      }),
  );
  r.put(
    '/api/users/:id/sip',
    {
      config: admin,
      schema: {
        tags,
        summary: "Set a user's SIP password (the SIP user is their Ramal)",
        params: userParams,
        body: sipAccountBody,
        response: { 200: sipAccountView, ...errors },
      },
    },
    async (req) =>
      platform.tenant.asUser(principalOf(req), async (s) => {
        const userId = req.params.id;
        if (!(await listStaff(s)).some((u) => u.id === userId)) throw new AppError('USER_NOT_FOUND');
        const { password } = req.body;
        await voiceRepo.saveSipAccount(s, userId, { passwordSealed: password ? platform.secrets.seal(password) : null });
        return sipView(s, userId);
      }),
  );
}
