import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerRingTimeoutJob } from './calls/ring-timeout.job.js';
import { registerRecordingFetchJob } from './recordings/recording-fetch.job.js';
import { startRetentionTimer } from './recordings/retention.js';
import { registerBuiltinCalls } from './rtc/builtin-calls.js';
import { callsRoutes } from './routes/calls.routes.js';
import { recordingLinkRoutes } from './routes/recording-link.routes.js';
import { personSchedulesRoutes } from './routes/person-schedules.routes.js';
import { recordingsRoutes } from './routes/recordings.routes.js';
import { settingsRoutes } from './routes/settings.routes.js';
import { registerVoiceDispatch } from './voice.dispatch.js';
import { registerVoiceRealtime } from './voice.realtime.js';

async function voice(app: FastifyInstance) {
  const platform = app.platform;
  registerVoiceDispatch(platform);
  registerVoiceRealtime(platform);
  registerRingTimeoutJob(platform);
  registerRecordingFetchJob(platform, app.log);
  const builtin = registerBuiltinCalls(platform, app.log);
  app.addHook('onClose', async () => builtin.close());
  let stopRetention: (() => void) | undefined;
  platform.afterMigrate(async () => {
    stopRetention = startRetentionTimer(platform, app.log);
  });
  app.addHook('onClose', async () => stopRetention?.());
  await app.register(callsRoutes);
  await app.register(recordingsRoutes);
  await app.register(recordingLinkRoutes);
  await app.register(settingsRoutes);
  await app.register(personSchedulesRoutes);
}

// SPEC VOX-01…VOX-07: calls ring voice queues' agents (after presence), become attendances and are recorded.
export const voicePlugin = fp(voice, {
  name: 'atende-voice',
  dependencies: ['atende-tenancy', 'atende-queues', 'atende-presence', 'atende-attendances', 'atende-routing'],
  encapsulate: true,
});
