// `npm run fake:whatsapp -- "mensagem"`: a local WhatsApp Cloud API (SPEC CH-02, CH-08) for trying the
// channel by hand. It posts one signed inbound text to Atende's webhook as the demo contact, prints
// every reply the agent sends, and answers each with sent → delivered → read receipts. Ctrl-C stops it.
import { buildTextWebhook, signedPost, startWhatsappFake, type FakeSend } from '../apps/server/test/fakes/whatsapp-fake.js';

const port = Number(process.env.FAKE_WHATSAPP_PORT ?? 4010);
const atendeUrl = (process.env.ATENDE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const webhookUrl = `${atendeUrl}/api/webhooks/whatsapp`;
// The demo channel's values (seeded with the demo organization).
const demo = { phoneNumberId: '100000000000001', appSecret: 'demo-whatsapp-app-secret', from: '5511987654321', name: 'Cliente Demo' };
const text = process.argv.slice(2).join(' ').trim() || 'Olá';

function describeSend(s: FakeSend): string {
  const body = s.body as Record<string, Record<string, unknown> | undefined>;
  if (s.type === 'text') return String(body.text?.body ?? '');
  if (s.type === 'template') {
    const params = (body.template?.components as { parameters?: { text?: string }[] }[] | undefined)?.[0]?.parameters ?? [];
    return `template ${String(body.template?.name)} [${params.map((p) => p.text).join(', ')}]`;
  }
  const media = body[s.type] ?? {};
  return `${s.type} ${String(media.filename ?? media.id ?? '')}${media.caption ? ` — ${String(media.caption)}` : ''}`;
}

const fake = await startWhatsappFake({ port, autoStatuses: { webhookUrl, appSecret: demo.appSecret } });
console.log(`Fake WhatsApp Cloud API on ${fake.url}`);
console.log(`Atende must run with META_GRAPH_URL=http://localhost:${port} (e.g. META_GRAPH_URL=http://localhost:${port} npm start)`);

fake.events.on('send', (s: FakeSend) => console.log(`← agent to +${s.to}: ${describeSend(s)}  (${s.wamid})`));
fake.events.on('status', (p: { status: string; httpStatus: number }) => {
  if (p.httpStatus !== 200) console.log(`  receipt "${p.status}" answered HTTP ${p.httpStatus}`);
});

const payload = buildTextWebhook({ phoneNumberId: demo.phoneNumberId, from: demo.from, name: demo.name, text });
try {
  const res = await signedPost(webhookUrl, payload, demo.appSecret);
  console.log(`→ +${demo.from} wrote "${text}" to ${webhookUrl}: HTTP ${res.status}`);
} catch (error) {
  console.log(
    `→ could not reach ${webhookUrl}: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}`,
  );
}
console.log('Waiting for replies… (Ctrl-C stops)');

process.once('SIGINT', () => {
  void fake.close().then(() => process.exit(0));
});
