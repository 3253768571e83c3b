import { describe, expect, it } from 'vitest';
import { isPastGrace, planPresence, presenceSummary, type OpenInterval, type PresenceChange, type PresenceTarget } from './presence.js';

// The demo's shape: voice queues Suporte and Vendas; WebChat and WhatsApp both feed "Atendimento",
// Telegram feeds another queue.
const targets: PresenceTarget[] = [
  { kind: 'voice_queue', id: 'suporte', queueId: 'suporte' },
  { kind: 'voice_queue', id: 'vendas', queueId: 'vendas' },
  { kind: 'chat_channel', id: 'webchat', queueId: 'atendimento' },
  { kind: 'chat_channel', id: 'whatsapp', queueId: 'atendimento' },
  { kind: 'chat_channel', id: 'telegram', queueId: 'outra-fila' },
];
const reasons = new Set(['almoco', 'banheiro']);
const t0 = new Date('2026-03-02T12:00:00Z');
const on = (kind: OpenInterval['kind'], targetId: string, state: OpenInterval['state'] = 'online', reasonId: string | null = null): OpenInterval => ({
  kind,
  targetId,
  state,
  reasonId,
  since: t0,
});

/** Applies changes to the open list, as the server does with rows. */
function apply(open: OpenInterval[], changes: PresenceChange[]): OpenInterval[] {
  let next = [...open];
  for (const c of changes) {
    next = next.filter((i) => !(i.kind === c.kind && i.targetId === c.targetId));
    if (c.op === 'open') next.push(on(c.kind, c.targetId, c.state, c.reasonId));
  }
  return next;
}
const run = (open: OpenInterval[], action: Parameters<typeof planPresence>[0]) => {
  const r = planPresence(action, targets, open, reasons);
  if (!r.ok) throw new Error(r.error);
  return apply(open, r.changes);
};
const states = (open: OpenInterval[]) => Object.fromEntries(open.map((i) => [i.targetId, i.state === 'paused' ? `paused:${i.reasonId}` : 'online']));

describe('presence rules', () => {
  it('logs into a linked target, idempotently, and refuses one the agent is not linked to', () => {
    const a = run([], { type: 'login', kind: 'voice_queue', targetId: 'suporte' });
    expect(states(a)).toEqual({ suporte: 'online' });
    expect(planPresence({ type: 'login', kind: 'voice_queue', targetId: 'suporte' }, targets, a, reasons)).toEqual({ ok: true, changes: [] });
    expect(planPresence({ type: 'login', kind: 'voice_queue', targetId: 'estranha' }, targets, a, reasons)).toEqual({
      ok: false,
      error: 'PRESENCE_NOT_MEMBER',
    });
    expect(planPresence({ type: 'login', kind: 'chat_channel', targetId: 'suporte' }, targets, a, reasons)).toEqual({
      ok: false,
      error: 'PRESENCE_NOT_MEMBER',
    });
  });

  it('WS-05: pausing voice pauses every logged voice queue with the reason; resuming resumes all', () => {
    let open = run([], { type: 'login', kind: 'voice_queue', targetId: 'suporte' });
    open = run(open, { type: 'login', kind: 'voice_queue', targetId: 'vendas' });
    open = run(open, { type: 'login', kind: 'chat_channel', targetId: 'webchat' });
    open = run(open, { type: 'pause_voice', reasonId: 'almoco' });
    expect(states(open)).toEqual({ suporte: 'paused:almoco', vendas: 'paused:almoco', webchat: 'online' });
    open = run(open, { type: 'resume_voice' });
    expect(states(open)).toEqual({ suporte: 'online', vendas: 'online', webchat: 'online' });
  });

  it('WS-05: a pause needs an active reason and something online; resume needs a pause', () => {
    const open = [on('voice_queue', 'suporte')];
    expect(planPresence({ type: 'pause_voice', reasonId: 'inexistente' }, targets, open, reasons)).toEqual({
      ok: false,
      error: 'PRESENCE_REASON_REQUIRED',
    });
    expect(planPresence({ type: 'pause_voice', reasonId: 'almoco' }, targets, [], reasons)).toEqual({ ok: false, error: 'PRESENCE_NOT_ONLINE' });
    expect(planPresence({ type: 'resume_voice' }, targets, open, reasons)).toEqual({ ok: false, error: 'PRESENCE_NOT_PAUSED' });
  });

  it('WS-05: a voice queue logged in while voice is paused starts paused', () => {
    let open = run([], { type: 'login', kind: 'voice_queue', targetId: 'suporte' });
    open = run(open, { type: 'pause_voice', reasonId: 'banheiro' });
    open = run(open, { type: 'login', kind: 'voice_queue', targetId: 'vendas' });
    expect(states(open)).toEqual({ suporte: 'paused:banheiro', vendas: 'paused:banheiro' });
  });

  it('WS-06: chat channels pause one by one, but channels sharing a queue pause and resume together', () => {
    let open = run([], { type: 'login', kind: 'chat_channel', targetId: 'webchat' });
    open = run(open, { type: 'login', kind: 'chat_channel', targetId: 'whatsapp' });
    open = run(open, { type: 'login', kind: 'chat_channel', targetId: 'telegram' });
    open = run(open, { type: 'pause_chat', channelId: 'whatsapp', reasonId: 'almoco' });
    expect(states(open)).toEqual({ webchat: 'paused:almoco', whatsapp: 'paused:almoco', telegram: 'online' });
    open = run(open, { type: 'pause_chat', channelId: 'telegram', reasonId: 'banheiro' });
    open = run(open, { type: 'resume_chat', channelId: 'webchat' });
    expect(states(open)).toEqual({ webchat: 'online', whatsapp: 'online', telegram: 'paused:banheiro' });
  });

  it('WS-06: joining a channel whose queue is paused joins paused', () => {
    let open = run([], { type: 'login', kind: 'chat_channel', targetId: 'webchat' });
    open = run(open, { type: 'pause_chat', channelId: 'webchat', reasonId: 'almoco' });
    open = run(open, { type: 'login', kind: 'chat_channel', targetId: 'whatsapp' });
    open = run(open, { type: 'login', kind: 'chat_channel', targetId: 'telegram' });
    expect(states(open)).toEqual({ webchat: 'paused:almoco', whatsapp: 'paused:almoco', telegram: 'online' });
  });

  it('chat pause/resume errors: unknown channel, not logged in, wrong state', () => {
    const open = [on('chat_channel', 'webchat')];
    expect(planPresence({ type: 'pause_chat', channelId: 'x', reasonId: 'almoco' }, targets, open, reasons)).toEqual({
      ok: false,
      error: 'PRESENCE_NOT_MEMBER',
    });
    expect(planPresence({ type: 'pause_chat', channelId: 'whatsapp', reasonId: 'almoco' }, targets, open, reasons)).toEqual({
      ok: false,
      error: 'PRESENCE_NOT_ONLINE',
    });
    expect(planPresence({ type: 'resume_chat', channelId: 'webchat' }, targets, open, reasons)).toEqual({ ok: false, error: 'PRESENCE_NOT_PAUSED' });
    expect(planPresence({ type: 'pause_chat', channelId: 'webchat', reasonId: '' }, targets, open, reasons)).toEqual({
      ok: false,
      error: 'PRESENCE_REASON_REQUIRED',
    });
  });

  it('logs out of one target, and of everything at once (WS-02)', () => {
    let open = run([], { type: 'login', kind: 'voice_queue', targetId: 'suporte' });
    open = run(open, { type: 'login', kind: 'chat_channel', targetId: 'webchat' });
    open = run(open, { type: 'pause_chat', channelId: 'webchat', reasonId: 'almoco' });
    expect(states(run(open, { type: 'logout', kind: 'voice_queue', targetId: 'suporte' }))).toEqual({ webchat: 'paused:almoco' });
    expect(run(open, { type: 'logout_all' })).toEqual([]);
    expect(planPresence({ type: 'logout', kind: 'voice_queue', targetId: 'vendas' }, targets, open, reasons)).toEqual({ ok: true, changes: [] });
  });

  it('WS-03: summarises logged/total per kind, Offline when none', () => {
    expect(presenceSummary('voice_queue', targets, [])).toEqual({ online: false, logged: 0, total: 2, paused: false });
    const open = [on('voice_queue', 'suporte'), on('chat_channel', 'webchat', 'paused', 'almoco')];
    expect(presenceSummary('voice_queue', targets, open)).toEqual({ online: true, logged: 1, total: 2, paused: false });
    expect(presenceSummary('chat_channel', targets, open)).toEqual({ online: true, logged: 1, total: 3, paused: true });
  });

  it('grace period: strictly longer than the configured seconds', () => {
    const seen = new Date('2026-03-02T12:00:00Z');
    expect(isPastGrace(seen, new Date('2026-03-02T12:01:00Z'), 60)).toBe(false);
    expect(isPastGrace(seen, new Date('2026-03-02T12:01:00.001Z'), 60)).toBe(true);
    expect(isPastGrace(seen, new Date('2026-03-02T12:00:10Z'), 5)).toBe(true);
  });
});
