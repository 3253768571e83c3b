import {
  contactStateSchema,
  errorBodySchema,
  messageSchema,
  messagesQuery,
  widgetCatchUp,
  widgetContactBody,
  widgetIdentifyBody,
  widgetMessageBody,
  widgetProfile,
  widgetSession,
  widgetSessionBody,
} from '@atende/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../platform/errors.js';
import {
  contactMessages,
  contactState,
  discardUpload,
  latestContactAttendance,
  sendAttachment,
  postContactMessage,
  readAttachment,
  receiveAttachment,
  recordAttachment,
} from '../../attendances/index.js';
import { asVisitor } from './widget-auth.js';
import { assertRoomForUpload } from './widget-limits.js';
import { identifyCommand, startConversationCommand, visitorMessageCommand, widgetSessionCommand } from './widget.commands.js';

const VISITOR_HEADER = 'x-visitor-token';
const visitorToken = (req: FastifyRequest) => {
  const v = req.headers[VISITOR_HEADER];
  return typeof v === 'string' ? v : undefined;
};

// SPEC CH-01: the widget's API. Public (no staff session), limited per visitor and per address.
export async function widgetRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['widget'];
  const params = z.object({ token: z.string().min(8).max(64) });
  // Requests that need a valid visitor token are limited per visitor. Those that create something
  // (sessions, conversations, uploads) are limited per client address: a header the client picks
  // must never buy a fresh allowance (hardening issue, widget limits item).
  const limit = (max: number, key: 'visitor' | 'address' = 'visitor') => ({
    public: true,
    rateLimit: {
      max,
      timeWindow: '1 minute',
      keyGenerator: (req: FastifyRequest) => (key === 'address' ? `address:${req.ip}` : `visitor:${visitorToken(req) ?? req.ip}`),
      errorResponseBuilder: () => new AppError(key === 'address' ? 'WIDGET_RATE_LIMITED' : 'RATE_LIMITED'),
    },
  });
  const errors = {
    400: errorBodySchema,
    401: errorBodySchema,
    404: errorBodySchema,
    409: errorBodySchema,
    413: errorBodySchema,
    429: errorBodySchema,
  };

  // The widget runs on customers' sites: CORS for these routes is answered in one place (platform/http).

  r.post(
    '/api/widget/:token/session',
    {
      config: limit(platform.config.widgetSessionsPerMinute, 'address'),
      schema: { tags, summary: 'Open or resume a visitor session', params, body: widgetSessionBody, response: { 200: widgetSession, ...errors } },
    },
    (req) => widgetSessionCommand(platform, req.params.token, req.body, req.ip),
  );
  r.post(
    '/api/widget/:token/identify',
    {
      config: limit(30),
      schema: {
        tags,
        summary: 'setUser(): visitor data, verified by HMAC when `hash` is given',
        params,
        body: widgetIdentifyBody,
        response: { 200: widgetProfile, ...errors },
      },
    },
    (req) => identifyCommand(platform, req.params.token, visitorToken(req), req.body),
  );
  r.post(
    '/api/widget/:token/conversations',
    {
      config: limit(20, 'address'),
      schema: {
        tags,
        summary: 'Start a conversation (the pre-chat form)',
        params,
        body: widgetContactBody,
        response: { 200: contactStateSchema, ...errors },
      },
    },
    (req) => startConversationCommand(platform, req.params.token, visitorToken(req), req.body, req.ip),
  );
  r.post(
    '/api/widget/:token/messages',
    {
      config: limit(platform.config.widgetMessagesPerMinute),
      schema: { tags, summary: 'Send a message', params, body: widgetMessageBody, response: { 200: messageSchema, ...errors } },
    },
    (req) => visitorMessageCommand(platform, req.params.token, visitorToken(req), req.body),
  );
  r.get(
    '/api/widget/:token/messages',
    {
      config: limit(120),
      schema: {
        tags,
        summary: 'Messages after a sequence number and the conversation state (reconnect catch-up)',
        params,
        querystring: messagesQuery,
        response: { 200: widgetCatchUp, ...errors },
      },
    },
    (req) =>
      asVisitor(platform, req.params.token, visitorToken(req), async (s, channel, visitor) => {
        const current = await latestContactAttendance(s, channel.id, visitor.id);
        if (!current) return { items: [], conversation: null };
        // Read in one transaction: the state's lastSeq covers exactly the messages returned.
        return { items: await contactMessages(s, current.id, req.query.afterSeq), conversation: await contactState(s, current) };
      }),
  );
  r.post(
    '/api/widget/:token/attachments',
    {
      config: limit(20, 'address'),
      schema: {
        tags,
        summary: 'Send an image or PDF (multipart field "file", up to 10 MB)',
        params,
        consumes: ['multipart/form-data'],
        response: { 200: messageSchema, ...errors },
      },
    },
    async (req) => {
      const token = visitorToken(req);
      // The visitor and their conversation are checked before a byte is stored.
      const organizationId = await asVisitor(platform, req.params.token, token, async (s, channel, visitor) => {
        if (!(await latestContactAttendance(s, channel.id, visitor.id))) throw new AppError('ATT_NOT_FOUND');
        return s.organizationId;
      });
      const upload = await receiveAttachment(platform, organizationId, req);
      try {
        return await asVisitor(platform, req.params.token, token, async (s, channel, visitor) => {
          const current = await latestContactAttendance(s, channel.id, visitor.id);
          if (!current) throw new AppError('ATT_NOT_FOUND');
          await assertRoomForUpload(platform, s, channel.id, req.ip, upload.size);
          const stored = await recordAttachment(platform, s, current.id, upload);
          const { message } = await postContactMessage(platform, s, current.id, { body: '', clientId: null, attachmentId: stored.id }, new Date());
          return (await contactMessages(s, current.id, message.seq - 1))[0]!;
        });
      } catch (error) {
        await discardUpload(platform, upload);
        throw error;
      }
    },
  );
  // The visitor token comes in its header only, never in the address (issue item "token in a URL"):
  // the widget downloads with fetch and shows a local object URL.
  r.get(
    '/api/widget/:token/attachments/:id',
    {
      config: limit(120),
      schema: { tags, summary: 'Download an attachment of the visitor’s conversation', params: params.extend({ id: z.uuid() }) },
    },
    async (req, reply) => {
      const file = await asVisitor(platform, req.params.token, visitorToken(req), async (s, channel, visitor) => {
        const current = await latestContactAttendance(s, channel.id, visitor.id);
        if (!current) throw new AppError('ATTACHMENT_NOT_FOUND');
        return readAttachment(s, current.id, req.params.id);
      });
      return sendAttachment(platform, reply, file);
    },
  );
}
