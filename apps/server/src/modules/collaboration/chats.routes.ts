import {
  addChatMembersBody,
  chatListSchema,
  chatSummarySchema,
  chatUnreadSchema,
  createChatBody,
  errorBodySchema,
  idParams,
  readChatBody,
  renameChatBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/auth/index.js';
import {
  addMembersCommand,
  createChatCommand,
  listChatsQuery,
  readChatCommand,
  removeMemberCommand,
  renameChatCommand,
  unreadTotalQuery,
} from './chats.commands.js';

// SPEC ALR-04 "Conversas": any staff member; a chat is reachable only by its members.
export async function chatsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['conversas'];
  const staff = { role: 'agent' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

  r.get(
    '/api/chats',
    { config: staff, schema: { tags, summary: 'My chats, latest activity first', response: { 200: chatListSchema, ...errors } } },
    (req) => listChatsQuery(platform, principalOf(req)),
  );
  r.get(
    '/api/chats/unread',
    { config: staff, schema: { tags, summary: 'Unread messages over all my chats (menu badge)', response: { 200: chatUnreadSchema, ...errors } } },
    (req) => unreadTotalQuery(platform, principalOf(req)),
  );
  r.post(
    '/api/chats',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Create a group, or open the direct chat with someone (the same pair returns the same chat)',
        body: createChatBody,
        response: { 200: chatSummarySchema, 201: chatSummarySchema, ...errors },
      },
    },
    async (req, reply) => {
      const { created, chat } = await createChatCommand(platform, principalOf(req), req.body);
      return reply.status(created ? 201 : 200).send(chat);
    },
  );
  r.patch(
    '/api/chats/:id',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Rename a group (its owner)',
        params: idParams,
        body: renameChatBody,
        response: { 200: chatSummarySchema, ...errors },
      },
    },
    (req) => renameChatCommand(platform, principalOf(req), req.params.id, req.body.name),
  );
  r.post(
    '/api/chats/:id/members',
    {
      config: staff,
      schema: { tags, summary: 'Add people to a group', params: idParams, body: addChatMembersBody, response: { 200: chatSummarySchema, ...errors } },
    },
    (req) => addMembersCommand(platform, principalOf(req), req.params.id, req.body.userIds),
  );
  r.delete(
    '/api/chats/:id/members/:userId',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Remove someone from a group (its owner), or leave it',
        params: idParams.extend({ userId: z.uuid() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await removeMemberCommand(platform, principalOf(req), req.params.id, req.params.userId);
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/api/chats/:id/read',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Mark read up to seq (never moves back)',
        params: idParams,
        body: readChatBody,
        response: { 200: chatUnreadSchema, ...errors },
      },
    },
    (req) => readChatCommand(platform, principalOf(req), req.params.id, req.body.seq),
  );
}
