import { randomUUID } from 'node:crypto';
import type { widgetContactBody, widgetIdentifyBody } from '@atende/shared';
import type { z } from 'zod';
import type { Platform } from '../../../platform/platform.js';
import { contactMessages, contactState, latestContactAttendance, openAttendance, postContactMessageByIdentity } from '../../attendances/index.js';
import { createPersonFromContact, findPersonByIdentity, forgetIdentity, rememberIdentity } from '../../persons/index.js';
import { preChatOf, voiceQueueOf } from '../../queues/index.js';
import { inboundRepo } from '../inbound/inbound.repository.js';
import { contactFromInput } from './contact-input.js';
import { contactOf, publicProfile, signedContact, signedIdentifiers } from './signed-identity.js';
import { visitorsRepo, type VisitorProfile } from './visitors.repository.js';
import { addressHash, assertRoomForConversation } from './widget-limits.js';
import { asVisitor, asVisitorId, hashVisitorToken, newVisitorToken, widgetChannel } from './widget-auth.js';

/** Opens or resumes the visitor's session: the conversation survives reloads and navigation (CH-01). */
export async function widgetSessionCommand(platform: Platform, channelToken: string, body: { visitorToken?: string; locale?: string }, ip: string) {
  const channel = await widgetChannel(platform, channelToken);
  return platform.tenant.inTenant(channel.organizationId, null, async (s) => {
    let token = body.visitorToken;
    let visitor = token ? await visitorsRepo.byTokenHash(s, hashVisitorToken(token)) : undefined;
    if (!visitor || visitor.channelId !== channel.id) {
      token = newVisitorToken();
      visitor = await visitorsRepo.insert(s, channel.id, hashVisitorToken(token), body.locale ?? 'pt-BR', addressHash(ip));
    } else {
      await visitorsRepo.touch(s, visitor.id, addressHash(ip), body.locale);
    }
    const current = await latestContactAttendance(s, channel.id, visitor.id);
    return {
      visitorToken: token!,
      channel: {
        name: channel.name,
        preChat: preChatOf(channel.settings),
        voice: voiceQueueOf(channel.settings) ? { iceServers: platform.config.rtcIceServers } : null,
      },
      profile: publicProfile(visitor.profile),
      conversation: current ? await contactState(s, current) : null,
      messages: current ? await contactMessages(s, current.id, 0) : [],
    };
  });
}

/**
 * `Atende.setUser(...)`: each identifier with a valid hash is signed, finds or registers its person
 * and links the visitor to it; unsigned ones are only what the visitor said. A later call signing
 * nothing clears `verified` and forgets the link its signature made (issue item "widget identity").
 */
export function identifyCommand(
  platform: Platform,
  channelToken: string,
  visitorToken: string | undefined,
  body: z.infer<typeof widgetIdentifyBody>,
) {
  return asVisitor(platform, channelToken, visitorToken, async (s, channel, visitor) => {
    const given = contactFromInput(body);
    const signed = signedIdentifiers(channel.secret, given, body);
    const { identityPersonId: earlier, signed: _before, verified: _was, ...said } = visitor.profile;
    const profile: VisitorProfile = { ...said, ...given, verified: signed.length > 0 };
    if (signed.length) {
      const { person } = await createPersonFromContact(platform, s, signedContact(given, signed));
      await rememberIdentity(s, person.id, 'webchat', visitor.id);
      Object.assign(profile, { signed, identityPersonId: person.id });
    } else if (earlier) {
      await forgetIdentity(s, earlier, 'webchat', visitor.id);
    }
    return publicProfile((await visitorsRepo.setProfile(s, visitor.id, profile)).profile);
  });
}

/** The pre-chat form's "Iniciar conversa": one open conversation per visitor at a time. */
export function startConversationCommand(
  platform: Platform,
  channelToken: string,
  visitorToken: string | undefined,
  body: z.infer<typeof widgetContactBody>,
  ip: string,
) {
  return asVisitor(platform, channelToken, visitorToken, async (s, channel, visitor) => {
    const current = await latestContactAttendance(s, channel.id, visitor.id);
    if (current && current.status !== 'finished') return contactState(s, current);
    await assertRoomForConversation(platform, s, channel.id, ip);
    const preChat = preChatOf(channel.settings);
    // A verified identity needs no form; otherwise the channel's required fields apply.
    const given = contactFromInput(body, visitor.profile.verified ? [] : preChat.required);
    // The agent sees which identifiers the site signed; one the visitor retyped is theirs now.
    const contact = contactOf(visitor.profile, given);
    await visitorsRepo.setProfile(s, visitor.id, { ...visitor.profile, ...given, signed: contact.signed ?? [] });
    // PER-03: a returning visitor finds their person through the remembered identity.
    const person = await findPersonByIdentity(s, 'webchat', visitor.id);
    const a = await openAttendance(platform, s, {
      channelId: channel.id,
      channelType: 'webchat',
      queueId: channel.queueId,
      contact,
      contactIdentity: visitor.id,
      personId: person?.id ?? null,
      priority: 0,
    });
    return contactState(s, a);
  });
}

export function visitorMessageCommand(
  platform: Platform,
  channelToken: string,
  visitorToken: string | undefined,
  body: { body: string; clientId?: string },
  attachmentId: string | null = null,
) {
  return asVisitorId(platform, channelToken, visitorToken, async (s, channel, visitorId) => {
    const message = { body: body.body, clientId: body.clientId ?? null, attachmentId };
    // Web chat behind the port: the visitor's message enters the same inbound store as providers'
    // events (once per client id) and is applied at once, since the widget waits for the stored message.
    const eventId = `msg:${visitorId}:${body.clientId ?? randomUUID()}`;
    const [stored] = await inboundRepo.store(s, channel.id, [
      { eventId, payload: { type: 'message', contact: { identity: visitorId }, ...message } },
    ]);
    const { rendered } = await postContactMessageByIdentity(platform, s, channel.id, visitorId, message, new Date());
    if (stored) await inboundRepo.done(s, stored);
    // A contact never sees staff ids.
    return { ...rendered, authorId: null };
  });
}
