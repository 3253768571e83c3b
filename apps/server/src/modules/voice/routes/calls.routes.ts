import {
  callbackTask,
  callEventView,
  callParams,
  callsList,
  callsQuery,
  callView,
  ctiEventBody,
  ctiEventResult,
  ctiRouteBody,
  ctiRouteResult,
  dialBody,
  dialResult,
  dtmfBody,
  errorBodySchema,
  muteBody,
  roleAtLeast,
  transferCallBody,
  type CallbackTask,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { answerCallCommand, dtmfCommand, hangupCallCommand, setCallFlagCommand, transferCallCommand } from '../calls/agent-actions.command.js';
import { callView as toCallView, callViews } from '../calls/call-view.js';
import { dialCommand } from '../calls/dial.command.js';
import { ctiEventCommand } from '../cti/cti-event.command.js';
import { ctiRouteCommand } from '../cti/cti-route.command.js';
import { voiceRepo } from '../voice.repository.js';
import { toCallback } from '../calls/callback-view.js';

/** The calendar day in the server's time zone: [00:00, next 00:00). */
function dayRange(date: string | undefined): [Date, Date] {
  const start = date ? new Date(`${date}T00:00:00`) : new Date(new Date().setHours(0, 0, 0, 0));
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return [start, end];
}

// SPEC VOX-01…VOX-06: the CTI API for PBXs and the agent's call actions.
export async function callsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['voice'];
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.post(
    '/api/voice/cti/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'CTI event from a PBX (newCall, answer, hangup, recording); idempotent by callId',
        params: z.object({ token: z.string().min(1).max(200) }),
        body: ctiEventBody,
        response: { 200: ctiEventResult, ...errors },
      },
    },
    (req) => ctiEventCommand(platform, req.params.token, req.body),
  );
  r.post(
    '/api/voice/cti/:token/route',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'A PBX asks whom a queue call rings at (dial an extension, wait, reject); idempotent by callId (VOX-01)',
        params: z.object({ token: z.string().min(1).max(200) }),
        body: ctiRouteBody,
        response: { 200: ctiRouteResult, ...errors },
      },
    },
    (req) => ctiRouteCommand(platform, req.params.token, req.body),
  );

  r.get(
    '/api/voice/calls',
    {
      schema: {
        tags,
        summary: 'Call history ("Histórico"): one day, newest first (VOX-03)',
        querystring: callsQuery,
        response: { 200: callsList, ...errors },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const [from, to] = dayRange(req.query.date);
      // Agents see the calls they took; supervisors and admins every call of the organization.
      const agentId = roleAtLeast(p.role, 'supervisor') ? null : p.userId;
      return platform.tenant.asUser(p, async (s) => ({ items: await callViews(s, await voiceRepo.history(s, from, to, agentId)) }));
    },
  );
  r.get(
    '/api/voice/calls/ringing',
    { schema: { tags, summary: 'Calls ringing at me ("Tocando", VOX-01)', response: { 200: callsList } } },
    async (req) => {
      const p = principalOf(req);
      return platform.tenant.asUser(p, async (s) => ({ items: await callViews(s, await voiceRepo.ringingAt(s, p.userId)) }));
    },
  );
  r.get(
    '/api/voice/calls/:id',
    { schema: { tags, summary: 'One call', params: callParams, response: { 200: callView, ...errors } } },
    async (req) => {
      const p = principalOf(req);
      return platform.tenant.asUser(p, async (s) => {
        const call = await voiceRepo.callById(s, req.params.id);
        if (!call || (call.agentId !== p.userId && !roleAtLeast(p.role, 'supervisor'))) throw new AppError('CALL_NOT_FOUND');
        return toCallView(s, call);
      });
    },
  );
  r.get(
    '/api/voice/calls/:id/events',
    {
      schema: {
        tags,
        summary: 'What happened during the call',
        params: callParams,
        response: { 200: z.object({ items: z.array(callEventView) }), ...errors },
      },
    },
    async (req) => {
      const p = principalOf(req);
      return platform.tenant.asUser(p, async (s) => {
        const call = await voiceRepo.callById(s, req.params.id);
        if (!call || (call.agentId !== p.userId && !roleAtLeast(p.role, 'supervisor'))) throw new AppError('CALL_NOT_FOUND');
        const rows = await voiceRepo.events(s, call.id);
        return {
          items: rows.map((e) => ({
            type: e.type,
            actorId: e.actorId,
            data: e.data as Record<string, unknown>,
            createdAt: e.createdAt.toISOString(),
          })),
        };
      });
    },
  );

  r.post(
    '/api/voice/calls',
    {
      schema: {
        tags,
        summary: 'Click-to-dial (VOX-05): the PBX originates, or the softphone dials',
        body: dialBody,
        response: { 200: dialResult, 502: errorBodySchema, ...errors },
      },
    },
    (req) => dialCommand(platform, principalOf(req), req.body.to),
  );

  const action = { params: callParams, response: { 200: callView, ...errors } };
  r.post('/api/voice/calls/:id/answer', { schema: { tags, summary: 'Answer ("Atender")', ...action } }, (req) =>
    answerCallCommand(platform, principalOf(req), req.params.id),
  );
  r.post('/api/voice/calls/:id/hangup', { schema: { tags, summary: 'Hang up ("Desligar")', ...action } }, (req) =>
    hangupCallCommand(platform, principalOf(req), req.params.id),
  );
  r.post('/api/voice/calls/:id/hold', { schema: { tags, summary: 'Hold', ...action } }, (req) =>
    setCallFlagCommand(platform, principalOf(req), req.params.id, 'held', true),
  );
  r.post('/api/voice/calls/:id/unhold', { schema: { tags, summary: 'Resume from hold', ...action } }, (req) =>
    setCallFlagCommand(platform, principalOf(req), req.params.id, 'held', false),
  );
  r.post('/api/voice/calls/:id/mute', { schema: { tags, summary: 'Mute or unmute (state only)', body: muteBody, ...action } }, (req) =>
    setCallFlagCommand(platform, principalOf(req), req.params.id, 'muted', req.body.muted),
  );
  r.post(
    '/api/voice/calls/:id/transfer',
    { schema: { tags, summary: 'Transfer to an agent or a voice queue', body: transferCallBody, ...action } },
    (req) => transferCallCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.post('/api/voice/calls/:id/dtmf', { schema: { tags, summary: 'Keypad digits (DTMF), kept on the call', body: dtmfBody, ...action } }, (req) =>
    dtmfCommand(platform, principalOf(req), req.params.id, req.body.digits),
  );

  // SAC call-back tasks of abandoned calls.
  r.get(
    '/api/voice/callbacks',
    {
      schema: {
        tags,
        summary: 'Call-back tasks of abandoned calls',
        querystring: z.object({ status: z.enum(['open', 'done']).optional() }),
        response: { 200: z.object({ items: z.array(callbackTask) }) },
      },
    },
    async (req) => {
      const p = principalOf(req);
      return platform.tenant.asUser(p, async (s) => {
        const rows = await voiceRepo.callbacks(s, req.query.status);
        const items: CallbackTask[] = [];
        for (const row of rows) items.push(toCallback({ ...row, callerName: (await voiceRepo.callById(s, row.callId))?.callerName ?? null }));
        return { items };
      });
    },
  );
  r.post(
    '/api/voice/callbacks/:id/done',
    { schema: { tags, summary: 'Mark a call-back task done', params: callParams, response: { 200: callbackTask, ...errors } } },
    async (req) => {
      const p = principalOf(req);
      return platform.tenant.asUser(p, async (s) => {
        const row = await voiceRepo.completeCallback(s, req.params.id, new Date());
        if (!row) throw new AppError('CALLBACK_NOT_FOUND');
        return toCallback(row);
      });
    },
  );
}
