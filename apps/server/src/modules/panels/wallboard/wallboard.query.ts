import type { Wallboard } from '@atende/shared';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../../platform/db/tenant.js';
import { onlineAgents, pausedAgents } from '../../presence/index.js';
import { rowsOf } from '../../../platform/db/rows.js';
import { localDayStart } from '../query/periods.js';

// SPEC PAN-11 wallboard, per active queue: waiting contacts and the longest wait; agents online
// (presence's own answer), paused and busy (online with an attendance assigned or in progress in
// the queue); today (São Paulo day): answered, service level = answered within the queue's
// target (first response − enqueued) / answered, abandoned = finished without any response.
export async function wallboardQuery(s: Scope, now = new Date()): Promise<Wallboard> {
  const today = localDayStart(now, 0).toISOString();
  const nowIso = now.toISOString();
  const org = s.organizationId;
  // Three index-backed passes instead of one OR over every attendance: waiting (queue-waiting
  // index), answered today (first-response index), finished today (finished index).
  const queues = rowsOf(
    await s.tx.execute(sql`
      select q.id, q.name, q.kind, q.service_level_seconds,
        (select coalesce(array_agg(c.id::text), '{}') from channels c where c.queue_id = q.id) as channel_ids,
        coalesce(w.waiting, 0)::int as waiting, coalesce(w.longest_wait, 0)::int as longest_wait,
        coalesce(r.answered, 0)::int as answered, coalesce(r.within, 0)::int as within, coalesce(f.abandoned, 0)::int as abandoned
      from queues q
      left join lateral (
        select count(*) as waiting, extract(epoch from (${nowIso}::timestamptz - min(a.enqueued_at))) as longest_wait
        from attendances a where a.queue_id = q.id and a.status = 'waiting'
      ) w on true
      left join lateral (
        select count(*) as answered, count(*) filter (where a.first_response_at - a.enqueued_at <= make_interval(secs => q.service_level_seconds)) as within
        from attendances a where a.organization_id = ${org} and a.first_response_at >= ${today}::timestamptz and a.queue_id = q.id
      ) r on true
      left join lateral (
        select count(*) filter (where a.first_response_at is null) as abandoned
        from attendances a where a.organization_id = ${org} and a.status = 'finished' and a.finished_at >= ${today}::timestamptz and a.queue_id = q.id
      ) f on true
      where q.organization_id = ${org} and q.active
      order by q.name`),
  );
  const targetsOf = (q: Record<string, unknown>) => (q.kind === 'voice' ? [String(q.id)] : ((q.channel_ids as string[] | null) ?? []));
  const voiceTargets = queues.filter((q) => q.kind === 'voice').map((q) => String(q.id));
  const chatTargets = queues.flatMap((q) => (q.kind === 'voice' ? [] : targetsOf(q)));
  const voice = await onlineAgents(s, 'voice_queue', voiceTargets);
  const chat = await onlineAgents(s, 'chat_channel', chatTargets);
  const pausedVoice = await pausedAgents(s, 'voice_queue', voiceTargets);
  const pausedChat = await pausedAgents(s, 'chat_channel', chatTargets);
  const onlineIds = [...new Set([...voice.keys(), ...chat.keys()])];
  const busy = onlineIds.length
    ? rowsOf(
        await s.tx.execute(sql`select distinct queue_id::text as queue_id, assignee_id::text as user_id from attendances
          where organization_id = ${org} and status <> 'finished' and status <> 'waiting' and queue_id is not null
          and assignee_id in (${sql.join(
            onlineIds.map((id) => sql`${id}::uuid`),
            sql.raw(', '),
          )})`),
      )
    : [];
  return {
    queues: queues.map((q) => {
      const targets = new Set(targetsOf(q));
      const online = new Set<string>();
      for (const [userId, on] of q.kind === 'voice' ? voice : chat) if ([...on].some((t) => targets.has(t))) online.add(userId);
      const pausedHere = new Set<string>();
      for (const [userId, on] of q.kind === 'voice' ? pausedVoice : pausedChat)
        if (!online.has(userId) && [...on].some((t) => targets.has(t))) pausedHere.add(userId);
      const busyHere = busy.filter((b) => b.queue_id === q.id && online.has(String(b.user_id))).length;
      const answered = Number(q.answered);
      return {
        queueId: String(q.id),
        queueName: String(q.name),
        kind: q.kind as 'voice' | 'chat',
        waiting: Number(q.waiting),
        longestWaitSeconds: Math.max(0, Number(q.longest_wait)),
        agentsOnline: online.size,
        agentsPaused: pausedHere.size,
        agentsBusy: busyHere,
        serviceLevel: answered ? Math.round((Number(q.within) / answered) * 1000) / 1000 : null,
        answeredToday: answered,
        abandonedToday: Number(q.abandoned),
      };
    }),
    at: now.toISOString(),
  };
}
