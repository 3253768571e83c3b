import type { AlertView, FireAlertBody } from '@atende/shared';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import type { AppPrincipal } from './app-session.js';
import { appUsersRepo } from './app-users.repository.js';
import { toAlertView } from './alert-view.js';
import { alertsRepo } from './alerts.repository.js';
import { settingsRepo } from './settings.repository.js';

// An alert queued offline keeps the moment the button was pressed (ALR-01); a clock slightly ahead
// is tolerated, a week-old alert is no longer an emergency anyone can act on.
const MAX_AHEAD_MS = 2 * 60_000;
const MAX_AGE_MS = 7 * 24 * 3600_000;

function checkFiredAt(firedAt: Date, now = Date.now()) {
  const late = now - firedAt.getTime();
  if (late < -MAX_AHEAD_MS || late > MAX_AGE_MS) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.firedAt', rule: 'invalid' }] });
  }
}

/**
 * SPEC ALR-01/ALR-02: stores the alert with a snapshot of the user, the level's text and the
 * receiving team, and emits `alert.fired` in the same transaction. A resend of the same clientId
 * answers the stored alert (created: false) and emits nothing.
 */
export async function fireAlertCommand(platform: Platform, p: AppPrincipal, body: FireAlertBody): Promise<{ alert: AlertView; created: boolean }> {
  const firedAt = new Date(body.firedAt);
  return platform.tenant.inTenant(p.organizationId, null, async (s) => {
    const existing = await alertsRepo.byClientId(s, p.appUserId, body.clientId);
    if (existing) return { alert: toAlertView(existing), created: false };
    checkFiredAt(firedAt);
    const user = await appUsersRepo.byId(s, p.appUserId);
    if (!user?.active) throw new AppError('ALERT_APP_UNAUTHENTICATED');
    const settings = await settingsRepo.get(s);
    const id = await alertsRepo.insert(s, {
      appUserId: user.id,
      clientId: body.clientId,
      level: body.level,
      levelText: settings.levelTexts[body.level] ?? '',
      userName: user.name,
      userCpf: user.cpf,
      userPhone: user.phone,
      teamId: settings.teamId ?? user.teamId,
      lat: body.location?.lat ?? null,
      lng: body.location?.lng ?? null,
      accuracy: body.location?.accuracy ?? null,
      firedAt,
    });
    // A concurrent resend won the insert: answer what it stored.
    const row = await alertsRepo.byClientId(s, p.appUserId, body.clientId);
    if (!row) throw new AppError('ALERT_NOT_FOUND');
    const alert = toAlertView(row);
    if (!id) return { alert, created: false };
    await platform.events.emit(s, 'alert.fired', { alert });
    return { alert, created: true };
  });
}
