import { formatCpf, type AlertView } from '@atende/shared';
import type { AlertWithAssignee } from './alerts.repository.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An alert as cards, the monitoring panel, the app and the events see it (SPEC ALR-02, ALR-04). */
export function toAlertView(a: AlertWithAssignee): AlertView {
  return {
    id: a.id,
    level: a.level,
    levelText: a.levelText,
    state: a.state,
    appUser: { id: a.appUserId, name: a.userName, cpf: formatCpf(a.userCpf), phone: a.userPhone },
    teamId: a.teamId,
    location: a.lat !== null && a.lng !== null ? { lat: a.lat, lng: a.lng, accuracy: a.accuracy } : null,
    firedAt: a.firedAt.toISOString(),
    createdAt: a.createdAt.toISOString(),
    receivedAt: iso(a.receivedAt),
    assignee: a.assigneeId ? { id: a.assigneeId, name: a.assigneeName ?? '' } : null,
    closedAt: iso(a.closedAt),
    closingNote: a.closingNote,
    hasVoiceNote: a.voiceNoteKey !== null,
  };
}
