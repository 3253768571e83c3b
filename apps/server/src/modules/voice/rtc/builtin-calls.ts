import path from 'node:path';
import {
  callerDtmfSchema,
  rtcJoinSchema,
  rtcOfferSchema,
  WIDGET_NAMESPACE,
  type RtcError,
  type WidgetClientToServer,
  type WidgetServerToClient,
} from '@atende/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { rooms, typedNamespace } from '../../../platform/realtime/realtime.js';
import { latestContactAttendance } from '../../attendances/index.js';
import { channelById, voiceQueueOf } from '../../queues/index.js';
import { hangupCall, openCall } from '../calls/call-steps.js';
import { recordDtmf } from '../calls/dtmf.js';
import { FfmpegMissing } from '../media/ffmpeg.js';
import { storeCallRecording } from '../recordings/store-recording.js';
import { voiceRepo } from '../voice.repository.js';
import { CallMedia } from './call-media.js';
import { answerLeg, type RtcLeg, type RtcOptions } from './rtc-leg.js';

// SPEC VOX-06 (a): built-in calls. The widget signals on its own socket ('/widget', authenticated
// by the channel's middleware), the agent's console on the staff socket; the call itself goes
// through the same pipeline as a PBX's (ring → answer → hang-up, VOX-01…VOX-03). The media lives in
// this process: both legs of a call must reach the same instance (sticky sessions, ARCHITECTURE §3b).

type VisitorData = { visitor?: { organizationId: string; channelId: string; visitorId: string } };
type Live = {
  organizationId: string;
  media: CallMedia;
  notify: (event: 'call.answered' | 'call.ended') => void;
  /** VOX-02 keypad: the agent's digits, played to the caller. */
  dtmf: (digits: string) => void;
  /** The caller heard "answered" already: a transfer's second answer does not restart their clock. */
  answered: boolean;
};

/** Who places a built-in call and where it goes: read when the call starts (a coded error when it may not). */
export type BuiltinCallInput = {
  from: string;
  queueId: string;
  personId?: string | null;
  personName?: string | null;
  ivr?: Record<string, string>;
  /** ALR-05: the Canal de Alertas app user placing the call. */
  appUserId?: string | null;
};

/**
 * One caller's socket (a widget visitor, an alert app user): the gateway wires its `call.start`,
 * `call.hangup` and `disconnect` to these handlers; `notify` pushes `call.answered`/`call.ended` back.
 */
export type BuiltinCaller = {
  organizationId: string;
  describe: (s: Scope) => Promise<BuiltinCallInput>;
  notify: (event: 'call.answered' | 'call.ended', callId: string) => void;
  /** VOX-02: keys the agent pressed on their keypad (the caller's app plays the tones). */
  dtmf: (callId: string, digits: string) => void;
};
export type BuiltinCallerHandlers = {
  start: (body: unknown, ack: unknown) => Promise<void>;
  hangup: (callId: unknown) => void;
  /** VOX-02: keys the caller pressed: recorded on the call and played to its agent. */
  dtmf: (body: unknown) => void;
  gone: () => void;
};

/** Caller keys waiting to be stored, per socket: far more than a person types. */
const MAX_PENDING_KEYS = 32;

const callerLinks = new WeakMap<Platform, (caller: BuiltinCaller) => BuiltinCallerHandlers>();
const dtmfRelays = new WeakMap<Platform, (organizationId: string, callId: string, digits: string) => void>();

/**
 * VOX-02 keypad on a built-in call: the agent's digits go to the caller over the caller's own
 * socket, in the order they were recorded. Atende's legs negotiate Opus only (no telephone-event
 * payload), so the tones are not in the RTP stream: the caller's app plays them.
 */
export function relayDtmfToCaller(platform: Platform, organizationId: string, callId: string, digits: string) {
  dtmfRelays.get(platform)?.(organizationId, callId, digits);
}

/** The call signalling of one caller's socket; the voice module must be registered on this platform. */
export function builtinCallerLink(platform: Platform, caller: BuiltinCaller): BuiltinCallerHandlers {
  const link = callerLinks.get(platform);
  if (!link) throw new Error('the voice module is not registered');
  return link(caller);
}

/** VOX-06a: a built-in call enters like a PBX's: an attendance in its voice queue, rung to its agents. */
export const startBuiltinCall = (platform: Platform, s: Scope, input: BuiltinCallInput, now = new Date()) =>
  openCall(
    platform,
    s,
    {
      provider: 'builtin',
      externalId: null,
      direction: 'in',
      from: input.from,
      to: '',
      queueId: input.queueId,
      agentId: null,
      ivr: input.ivr ?? {},
      personId: input.personId,
      personName: input.personName,
      appUserId: input.appUserId,
    },
    now,
  );

const errorOf = (err: unknown): RtcError => ({ error: { code: err instanceof AppError ? err.code : 'CALL_MEDIA_FAILED' } });

export function registerBuiltinCalls(platform: Platform, log: FastifyBaseLogger) {
  const live = new Map<string, Live>();
  const rtc: RtcOptions = { iceServers: platform.config.rtcIceServers, publicAddress: platform.config.rtcPublicAddress };

  /** The visitor's call: to the channel's voice queue, named after their chat contact. */
  async function describeVisitor(s: Scope, v: NonNullable<VisitorData['visitor']>): Promise<BuiltinCallInput> {
    const channel = await channelById(s, v.channelId);
    const queueId = channel && voiceQueueOf(channel.settings);
    if (!queueId) throw new AppError('CALL_VOICE_DISABLED');
    const chat = await latestContactAttendance(s, v.channelId, v.visitorId);
    const contact = (chat?.contact ?? {}) as { name?: string; phone?: string };
    // The call screens show `from`: the visitor's phone when they gave one, else their name.
    return { from: contact.phone || contact.name || '', queueId, personId: chat?.personId ?? null, personName: contact.name ?? null };
  }

  function serveCaller(caller: BuiltinCaller): BuiltinCallerHandlers {
    const mine = new Set<string>();
    const org = caller.organizationId;
    let keys = Promise.resolve();
    let pendingKeys = 0;
    return {
      async start(body, ack) {
        if (typeof ack !== 'function') return;
        const parsed = rtcOfferSchema.safeParse(body);
        if (!parsed.success) return ack({ error: { code: 'VALIDATION_FAILED' } });
        let leg: RtcLeg | undefined;
        try {
          // The caller may not call at all (no queue): refused before any media is set up.
          const input = await platform.tenant.inTenant(org, null, (s) => caller.describe(s));
          leg = await answerLeg(parsed.data.sdp, rtc);
          const media = await CallMedia.create(leg);
          const call = await platform.tenant.inTenant(org, null, async (s) => {
            const opened = await startBuiltinCall(platform, s, input);
            if (!opened) throw new AppError('CALL_MEDIA_FAILED');
            return opened;
          });
          live.set(call.id, {
            organizationId: org,
            media,
            notify: (event) => caller.notify(event, call.id),
            dtmf: (digits) => caller.dtmf(call.id, digits),
            answered: false,
          });
          mine.add(call.id);
          ack({ callId: call.id, sdp: leg.answerSdp });
        } catch (err) {
          await leg?.close().catch(() => {});
          if (!(err instanceof AppError)) log.warn({ err }, 'built-in call not started');
          ack(errorOf(err));
        }
      },
      hangup(callId) {
        if (typeof callId === 'string' && mine.delete(callId)) void hangup(org, callId, 'caller_hangup').catch(() => {});
      },
      dtmf(body) {
        const parsed = callerDtmfSchema.safeParse(body);
        // A socket flooding keys faster than they are stored loses the excess (each is a write).
        if (!parsed.success || !mine.has(parsed.data.callId) || pendingKeys >= MAX_PENDING_KEYS) return;
        pendingKeys++;
        // One link's keys are recorded and relayed one after the other: the agent hears them in order.
        keys = keys
          .then(() => callerDtmf(org, parsed.data.callId, parsed.data.digits))
          .catch((err: unknown) => {
            if (!(err instanceof AppError)) log.warn({ err }, 'caller DTMF not relayed');
          })
          .finally(() => pendingKeys--);
      },
      // A closed tab or a lost link ends the caller's call: nobody is left on their side.
      gone() {
        for (const id of mine) void hangup(org, id, 'caller_gone').catch(() => {});
      },
    };
  }
  callerLinks.set(platform, serveCaller);

  /** VOX-02: the caller's keys, kept on the call's and the attendance's events, played to the agent. */
  const callerDtmf = (organizationId: string, callId: string, digits: string) =>
    platform.tenant.inTenant(organizationId, null, async (s) => {
      const call = await voiceRepo.lockCall(s, callId);
      if (!call || call.state !== 'answered' || !call.agentId) return;
      await recordDtmf(s, call, digits, 'caller');
      platform.realtime.publish(rooms.user(organizationId, call.agentId), 'voice.dtmf', { callId, digits });
    });

  dtmfRelays.set(platform, (organizationId, callId, digits) => {
    const entry = live.get(callId);
    if (entry?.organizationId === organizationId) entry.dtmf(digits);
  });

  const hangup = (organizationId: string, callId: string, cause: string) =>
    platform.tenant.inTenant(organizationId, null, async (s) => {
      const call = await voiceRepo.lockCall(s, callId);
      if (call && call.state !== 'ended') await hangupCall(platform, s, call, cause, new Date());
    });

  platform.realtime.onAttach((io) => {
    const ns = typedNamespace<WidgetClientToServer, WidgetServerToClient, VisitorData>(io, WIDGET_NAMESPACE);
    ns.on('connection', (socket) => {
      const v = socket.data.visitor;
      if (!v) return;
      const link = serveCaller({
        organizationId: v.organizationId,
        describe: (s) => describeVisitor(s, v),
        notify: (event, callId) => socket.emit(event, { callId }),
        dtmf: (callId, digits) => socket.emit('call.dtmf', { callId, digits }),
      });
      socket.on('call.start', (body, ack) => void link.start(body, ack));
      socket.on('call.hangup', link.hangup);
      socket.on('call.dtmf', link.dtmf);
      socket.on('disconnect', link.gone);
    });
  });

  // VOX-06 (a): after "Atender", the agent's browser joins the call it answered.
  platform.realtime.onConnection((socket, p) => {
    socket.on('voice.rtc.join', async (body, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = rtcJoinSchema.safeParse(body);
      if (!parsed.success) return ack({ error: { code: 'VALIDATION_FAILED' } });
      try {
        const call = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => voiceRepo.callById(s, parsed.data.callId));
        const entry = live.get(parsed.data.callId);
        if (!call || !entry || entry.organizationId !== p.organizationId) throw new AppError('CALL_NOT_FOUND');
        if (call.state === 'ended') throw new AppError('CALL_ENDED');
        if (call.state !== 'answered') throw new AppError('CALL_NOT_ANSWERED');
        if (call.agentId !== p.userId) throw new AppError('CALL_NOT_YOURS');
        const leg = await answerLeg(parsed.data.sdp, rtc);
        entry.media.attachAgent(leg, p.userId);
        ack({ sdp: leg.answerSdp });
      } catch (err) {
        if (!(err instanceof AppError)) log.warn({ err }, 'agent leg not set up');
        ack(errorOf(err));
      }
    });
  });

  platform.events.on('call.changed', 'voice.rtc', async (e) => {
    const entry = live.get(e.payload.callId);
    if (!entry) return;
    const call = await platform.tenant.inTenant(e.organizationId, null, (s) => voiceRepo.callById(s, e.payload.callId));
    if (!call) return;
    if (e.payload.kind === 'answered' && !entry.answered) {
      entry.answered = true;
      entry.notify('call.answered');
    }
    // VOX-02 transfer: the leg of an agent who no longer holds the call is closed; the caller's
    // stays, silent while the call rings at its target, and the next agent's "Atender" bridges a new one.
    const bridged = entry.media.bridgedTo;
    if (bridged && (call.state !== 'answered' || call.agentId !== bridged)) await entry.media.detachAgent();
    if (call.state === 'answered') entry.media.setHeld(call.held);
    if (call.state !== 'ended') return;
    live.delete(call.id);
    entry.notify('call.ended');
    void finish(entry, call.id, call.answeredAt, call.endedAt ?? new Date());
  });

  /** VOX-04: the talk time, both parties, stored as the call's recording. */
  async function finish(entry: Live, callId: string, answeredAt: Date | null, endedAt: Date) {
    const output = path.join(entry.media.workDir, 'call.ogg');
    try {
      if (await entry.media.end(answeredAt, endedAt, output)) {
        await storeCallRecording(platform, entry.organizationId, callId, { path: output, contentType: 'audio/ogg' });
      }
    } catch (err) {
      log.warn(
        { err, callId },
        err instanceof FfmpegMissing ? 'ffmpeg is not installed: built-in call not recorded' : 'built-in call recording failed',
      );
    } finally {
      await entry.media.dispose();
    }
  }

  return {
    /** Ends every call's media (server shutdown). */
    async close() {
      for (const [id, entry] of live) {
        live.delete(id);
        await entry.media.end(null, new Date(), '').catch(() => {});
        await entry.media.dispose();
      }
    },
  };
}
