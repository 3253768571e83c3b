import type { Message } from '@atende/shared';
import type { Platform } from '../../platform/platform.js';
import type { Scope } from '../../platform/db/tenant.js';
import { getPersonSummary } from '../persons/index.js';
import type { AttendanceRow } from './attendances.repository.js';
import { attendancesRepo } from './attendances.repository.js';
import { renderMessages } from './queries/attendances.queries.js';
import { systemMessageText } from './system-text.js';

// SPEC CRM-02 for chats: the attendance's conversation as plain text, for whoever opens the signed
// link from a CRM Task. What the contact and the agents said, with time, author and attachment
// names; internal notes are staff-only and never appear, nor do internal system records. In
// Portuguese and Brasília time, like every text the contact receives (system-text.ts).

const TIME_ZONE = 'America/Sao_Paulo';
const stamp = new Intl.DateTimeFormat('pt-BR', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' });
const PAGE = 500;

/** Every message the contact could see, in order (the repository reads pages of PAGE). */
async function publicMessages(s: Scope, attendanceId: string) {
  const rows = [];
  for (let after = 0; ;) {
    const page = await attendancesRepo.messagesAfter(s, attendanceId, after, false);
    rows.push(...page);
    if (page.length < PAGE) return rows;
    after = page.at(-1)!.seq;
  }
}

function textOf(m: Message, publicUrl: string): string | null {
  if (m.authorKind === 'system') return systemMessageText(m.body, publicUrl);
  const parts = [m.body.trim()];
  const c = m.content;
  if (c?.location) parts.push(`[Localização: ${[c.location.name, `${c.location.latitude}, ${c.location.longitude}`].filter(Boolean).join(' ')}]`);
  if (c?.contacts?.length) parts.push(`[Contato: ${c.contacts.map((x) => x.name).join(', ')}]`);
  if (c?.template) parts.push(`[Modelo: ${c.template.name}]`);
  if (c?.reply && !m.body.trim()) parts.push(c.reply.title);
  if (m.attachment) parts.push(`[Anexo: ${m.attachment.fileName}]`);
  return parts.filter(Boolean).join(' ');
}

export async function transcriptText(platform: Platform, s: Scope, a: AttendanceRow): Promise<string> {
  const person = a.personId ? await getPersonSummary(s, a.personId) : null;
  const contactName = person?.name ?? a.contact.name ?? 'Cliente';
  const lines = [`Atendimento ${a.protocol ?? a.code} — ${contactName}`, `Canal: ${a.channelType}. Horário de Brasília.`, ''];
  for (const m of await renderMessages(s, await publicMessages(s, a.id))) {
    const text = textOf(m, platform.config.publicUrl);
    if (!text) continue;
    const author = m.authorKind === 'contact' ? contactName : m.authorKind === 'agent' ? (m.authorName ?? 'Agente') : 'Sistema';
    lines.push(`[${stamp.format(new Date(m.createdAt))}] ${author}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}
