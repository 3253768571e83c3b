import { chatMessageSchema, chatMessagesQuery, chatMessagesSchema, errorBodySchema, idParams, postChatMessageBody } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/auth/index.js';
import { AppError } from '../../platform/errors.js';
import { listMessagesQuery, openAttachmentQuery, postAttachmentCommand, postMessageCommand } from './messages.commands.js';

// SPEC ALR-04: a chat's messages and files, to its members only.
export async function messagesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['conversas'];
  const staff = { role: 'agent' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 413: errorBodySchema };

  r.get(
    '/api/chats/:id/messages',
    {
      config: staff,
      schema: {
        tags,
        summary: 'A page of messages before seq (the newest when absent), oldest first',
        params: idParams,
        querystring: chatMessagesQuery,
        response: { 200: chatMessagesSchema, ...errors },
      },
    },
    (req) => listMessagesQuery(platform, principalOf(req), req.params.id, req.query),
  );
  r.post(
    '/api/chats/:id/messages',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Send a message (JSON: body and member ids mentioned), or one file as multipart (field "file", as /attachments)',
        params: idParams,
        // Absent for a multipart request, whose file is read from the stream.
        body: postChatMessageBody.nullish(),
        response: { 201: chatMessageSchema, ...errors },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      if (req.isMultipart()) return reply.status(201).send(await postAttachmentCommand(platform, p, req.params.id, req));
      if (!req.body) throw new AppError('VALIDATION_FAILED');
      return reply.status(201).send(await postMessageCommand(platform, p, req.params.id, req.body));
    },
  );
  r.post(
    '/api/chats/:id/attachments',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Send an image or PDF (multipart field "file", up to 10 MB) as a message',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: chatMessageSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await postAttachmentCommand(platform, principalOf(req), req.params.id, req)),
  );
  r.get(
    '/api/chats/:id/attachments/:messageId',
    { config: staff, schema: { tags, summary: 'Download a message’s file', params: idParams.extend({ messageId: z.uuid() }) } },
    async (req, reply) => {
      const { file, blob } = await openAttachmentQuery(platform, principalOf(req), req.params.id, req.params.messageId);
      return reply
        .type(file.mime)
        .header('content-length', blob.size)
        .header('content-disposition', `inline; filename="${encodeURIComponent(file.name)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(blob.stream);
    },
  );
}
