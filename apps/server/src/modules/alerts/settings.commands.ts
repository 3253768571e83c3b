import type { AlertSettings, alertSettingsBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/index.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { queueKind } from '../queues/index.js';
import { teamExists } from '../tenancy/index.js';
import { settingsRepo, type SettingsRow } from './settings.repository.js';

// SPEC ALR-07 "Configuração": service number, level texts, receiving team, voice queue, map tiles.

const toSettings = (r: SettingsRow): AlertSettings => ({
  serviceNumber: r.serviceNumber,
  levelTexts: r.levelTexts,
  teamId: r.teamId,
  voiceQueueId: r.voiceQueueId,
  tileUrl: r.tileUrl,
});

export const getSettingsQuery = (platform: Platform, p: Principal) => platform.tenant.asUser(p, async (s) => toSettings(await settingsRepo.get(s)));

export function saveSettingsCommand(platform: Platform, p: Principal, body: z.infer<typeof alertSettingsBody>) {
  return platform.tenant.asUser(p, async (s) => {
    if (body.teamId && !(await teamExists(s, body.teamId))) throw new AppError('TEAM_NOT_FOUND');
    if (body.voiceQueueId && (await queueKind(s, body.voiceQueueId)) !== 'voice') throw new AppError('VOICE_QUEUE_NOT_FOUND');
    const current = await settingsRepo.get(s);
    return toSettings(
      await settingsRepo.save(s, {
        serviceNumber: body.serviceNumber || null,
        levelTexts: body.levelTexts,
        teamId: body.teamId,
        voiceQueueId: body.voiceQueueId,
        tileUrl: body.tileUrl === undefined ? current.tileUrl : body.tileUrl || null,
      }),
    );
  });
}
