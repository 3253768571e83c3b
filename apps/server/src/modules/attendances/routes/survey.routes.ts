import { errorBodySchema, surveyAnswerBody, surveyView } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organizationName } from '../../tenancy/index.js';
import { answerSurveyCommand, surveyViewQuery } from '../commands/answer-survey.command.js';

// SPEC ATT-08: the customer's satisfaction survey; the link's token is its only credential.
export async function surveyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  // Any token shape is looked up: a mistyped link is simply not found (404), never a 400.
  const params = z.object({ token: z.string().min(1).max(200) });
  const config = { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } };
  const tags = ['surveys'];

  r.get(
    '/api/public/surveys/:token',
    { config, schema: { tags, summary: 'A survey, for its public page', params, response: { 200: surveyView, 404: errorBodySchema } } },
    (req) => surveyViewQuery(platform, req.params.token, organizationName),
  );
  r.post(
    '/api/public/surveys/:token',
    {
      config,
      schema: {
        tags,
        summary: 'Answer a survey once (1–5 and a comment)',
        params,
        body: surveyAnswerBody,
        response: { 204: z.null(), 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (req, reply) => {
      await answerSurveyCommand(platform, req.params.token, req.body.rating, req.body.comment);
      return reply.status(204).send(null);
    },
  );
}
