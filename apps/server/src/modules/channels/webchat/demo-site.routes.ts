import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { channels } from '../../../db/schema/channels.js';
import { organizations } from '../../../db/schema/tenancy.js';

/**
 * SPEC CH-01: `/widget.js` is what a site owner's one <script> tag loads; `/demo/site` is a sample
 * site doing exactly that for the demo organization's WebChat channel.
 */
export async function demoSiteRoutes(app: FastifyInstance) {
  const platform = app.platform;
  const config = { public: true };

  const widgetDist = platform.config.widgetDist;
  const built = Boolean(widgetDist && existsSync(path.join(widgetDist, 'widget.js')));
  // Served from disk with an ETag, so a site's visitors revalidate with a 304 instead of downloading again.
  if (built) await app.register(fastifyStatic, { root: widgetDist!, serve: false });
  app.get('/widget.js', { config, schema: { hide: true } }, async (_req, reply) => {
    if (!built) return reply.status(404).type('text/plain').send('widget not built');
    // Short cache: sites keep the same URL while the widget updates.
    return reply.sendFile('widget.js', { maxAge: 300_000, immutable: false });
  });

  app.get('/demo/site', { config, schema: { hide: true } }, async (_req, reply) => {
    const token = await platform.tenant.inSystem(async (s) => {
      const [row] = await s.tx
        .select({ token: channels.token })
        .from(channels)
        .innerJoin(organizations, eq(organizations.id, channels.organizationId))
        .where(and(eq(organizations.slug, 'demo'), eq(channels.type, 'webchat'), eq(channels.active, true)))
        .limit(1);
      return row?.token;
    });
    if (!token) return reply.status(404).type('text/plain').send('no demo web-chat channel');
    // The snippet is one long line: it wraps, or a phone's page grows wider than the screen and the
    // chat launcher ends up off-screen (hardening issue, demo site item).
    const html = `<!doctype html>
<html lang="pt-BR">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Loja Exemplo — site de demonstração</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1f2937}header{background:#0f766e;color:#fff;padding:24px}main{padding:24px;max-width:720px}a{color:#0f766e}pre{white-space:pre-wrap;overflow-wrap:anywhere;max-width:100%;background:#f3f4f6;padding:12px;border-radius:6px}</style></head>
<body>
<header><h1>Loja Exemplo</h1><p>Um site qualquer com o chat do Atende.</p></header>
<main>
<p>Este é um site de demonstração. O botão de chat no canto da tela é o widget do Atende, incluído com uma única linha:</p>
<pre><code>&lt;script src="${platform.config.publicUrl}/widget.js" data-channel="${token}" async&gt;&lt;/script&gt;</code></pre>
<p><a href="/demo/site?pagina=2">Outra página do site</a> — a conversa continua ao navegar.</p>
</main>
<script src="/widget.js" data-channel="${token}" async></script>
</body></html>`;
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
