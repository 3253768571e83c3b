import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import {
  channelMessage,
  editContactMessage,
  openAttendance,
  postContactMessage,
  postContactMessageByIdentity,
  postContactMessagesToOpen,
  reactToMessage,
  recordDelivery,
} from '../../attendances/index.js';
import { createPersonFromContact, findPersonByIdentity, rememberIdentity } from '../../persons/index.js';
import type { ChannelRow } from '../../queues/index.js';
import type { InboundContact, InboundEvent } from '../adapters/port.js';
import { MEDIA_JOB, type MediaJob } from '../media/media-job.js';
import { inboundRepo } from './inbound.repository.js';

/** What happened to one stored event: applied, or to be tried again (its message is not stored yet). */
export type Outcome = { done: true; note?: string } | { done: false; retry: string };

/** SPEC PER-01/03: the person behind a channel identity — remembered, else found by phone (9th digit either way), else new. */
async function personFor(platform: Platform, s: Scope, channel: ChannelRow, contact: InboundContact) {
  const known = await findPersonByIdentity(s, channel.type, contact.identity);
  if (known) return known.id;
  // A contact the provider names in no way (no name, username or phone) is still someone: the
  // person is called after the channel and the identity there, to be renamed by the agent.
  const name = contact.name ?? contact.username ?? (contact.phone ? null : `${channel.name} ${contact.identity}`);
  const { person } = await createPersonFromContact(platform, s, { name, phone: contact.phone ?? null });
  await rememberIdentity(s, person.id, channel.type, contact.identity);
  return person.id;
}

/** A new attendance for a contact with none open. */
async function openFor(platform: Platform, s: Scope, channel: ChannelRow, contact: InboundContact) {
  return openAttendance(platform, s, {
    channelId: channel.id,
    channelType: channel.type,
    queueId: channel.queueId,
    contact: { ...(contact.name ? { name: contact.name } : {}), ...(contact.phone ? { phone: contact.phone } : {}) },
    contactIdentity: contact.identity,
    personId: await personFor(platform, s, channel, contact),
    priority: 0,
  });
}

type MessageEvent = Extract<InboundEvent, { type: 'message' }>;

/** The message as stored: media first shown as pending, until its job fetched it. */
function contactMessage(e: MessageEvent) {
  const { media } = e.message;
  const content = media ? { ...(e.message.content ?? {}), media: { status: 'pending' as const } } : e.message.content;
  return { body: e.message.text, clientId: null, attachmentId: null, kind: e.message.kind, content, providerMessageId: e.providerMessageId };
}

/** CH-02/CH-03: the file is fetched by a job, the provider's way, after this commits. */
async function fetchMediaLater(platform: Platform, s: Scope, channel: ChannelRow, e: MessageEvent, messageId: string) {
  const { media } = e.message;
  if (!media) return;
  const job: MediaJob = { organizationId: s.organizationId, channelId: channel.id, messageId, media, kind: e.message.kind };
  await platform.jobs.sendInTx(s, MEDIA_JOB, job, { singletonKey: messageId });
  s.onCommit(() => platform.jobs.kick(MEDIA_JOB));
}

async function receiveMessage(platform: Platform, s: Scope, channel: ChannelRow, e: MessageEvent): Promise<Outcome> {
  await inboundRepo.lockContact(s, channel.id, e.contact.identity);
  const m = contactMessage(e);
  const now = new Date();
  // The usual case, a contact already in conversation: found, locked and appended to without a
  // second lookup. No open attendance (none yet, or finished): a new one.
  const posted =
    (await postContactMessageByIdentity(platform, s, channel.id, e.contact.identity, m, now).catch((err: unknown) => {
      if (err instanceof AppError && (err.code === 'ATT_NOT_FOUND' || err.code === 'ATT_FINISHED')) return undefined;
      throw err;
    })) ?? (await postContactMessage(platform, s, (await openFor(platform, s, channel, e.contact)).id, m, now));
  if (!posted.duplicate) await fetchMediaLater(platform, s, channel, e, posted.message.id);
  return { done: true };
}

/**
 * SPEC CH-02 at load: the messages of a batch whose contacts are already in conversation, appended
 * together in the caller's transaction (their contacts and attendances locked by it), in the order
 * given. Answers which of them were applied; the others (a contact with no open attendance, or a
 * lone message) are for receiveEvent, after.
 */
export async function receiveOpenConversationMessages(platform: Platform, s: Scope, items: { channel: ChannelRow; event: InboundEvent }[]) {
  const messages = items.flatMap(({ channel, event }, i) => (event.type === 'message' ? [{ i, channel, event }] : []));
  const posted = await postContactMessagesToOpen(
    platform,
    s,
    messages.map(({ channel, event }) => ({ channelId: channel.id, identity: event.contact.identity, m: contactMessage(event) })),
    new Date(),
  );
  const applied = new Set<number>();
  for (const [k, { i, channel, event }] of messages.entries()) {
    const out = posted[k];
    if (!out) continue;
    await fetchMediaLater(platform, s, channel, event, out.message.id);
    applied.add(i);
  }
  return applied;
}

/** Applies one normalised event inside the caller's tenant transaction. */
export async function receiveEvent(platform: Platform, s: Scope, channel: ChannelRow, e: InboundEvent): Promise<Outcome> {
  if (e.type === 'message') return receiveMessage(platform, s, channel, e);
  const target = await channelMessage(s, channel.id, e.providerMessageId);
  // A status or reaction can overtake the send it is about (out-of-order delivery): try again shortly.
  if (!target) return { done: false, retry: `message ${e.providerMessageId} not stored yet` };
  if (e.type === 'status') {
    await recordDelivery(platform, s, target.id, e.status, { error: e.error ?? null });
  } else if (e.type === 'reaction') {
    await reactToMessage(platform, s, target.id, e.emoji);
  } else {
    await editContactMessage(platform, s, target.id, e.message.text, e.message.content, e.at);
  }
  return { done: true };
}
