// `npm run fake:telegram -- [--channel <token>] [text…]`: a local Telegram Bot API for trying the
// Telegram channel without Telegram (SPEC CH-03, CH-08). It posts one message from a demo contact to
// Atende's webhook, prints every reply the agent sends, and posts each line typed here as a new message.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { startTelegramFake } from '../apps/server/test/fakes/telegram-fake.js';
import { buildTextUpdate, postUpdate } from '../apps/server/test/fakes/telegram-updates.js';

const BOT_TOKEN = '123456789:demo-telegram-token';
const SECRET_TOKEN = 'demo-telegram-secret';
const contact = { chatId: 700_000_001, firstName: 'Maria', lastName: 'Demo', username: 'maria_demo' };

const { values, positionals } = parseArgs({ options: { channel: { type: 'string' } }, allowPositionals: true });
const port = Number(process.env.FAKE_TELEGRAM_PORT ?? 4011);
const atendeUrl = (process.env.ATENDE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const channelToken = values.channel ?? process.env.TELEGRAM_CHANNEL_TOKEN;
const firstText = positionals.join(' ') || 'Olá';

const fake = await startTelegramFake({ port, botToken: BOT_TOKEN });
console.log(`Fake Telegram Bot API on ${fake.url.replace('127.0.0.1', 'localhost')}`);
console.log(`  Run Atende with TELEGRAM_API_URL=http://localhost:${port}`);
console.log(`  In Administração → Canais, give the Telegram channel the bot token ${BOT_TOKEN} and the secret token ${SECRET_TOKEN}.`);

let webhookUrl: string;
let secret = SECRET_TOKEN;
if (channelToken) {
  webhookUrl = `${atendeUrl}/api/webhooks/telegram/${channelToken}`;
} else {
  console.log('  No channel token given (--channel <token> or TELEGRAM_CHANNEL_TOKEN; it is shown in Administração → Canais).');
  console.log('  Waiting for "Registrar webhook" on the channel instead…');
  const hook = await fake.webhookSet();
  webhookUrl = hook.url;
  secret = hook.secret ?? SECRET_TOKEN;
}

let updateId = Math.floor(Date.now() / 1000);
async function say(text: string) {
  const update = buildTextUpdate({ ...contact, updateId: updateId++, text });
  try {
    const response = await postUpdate(webhookUrl, update, secret);
    const detail = response.ok ? '' : ` ${await response.text()}`;
    console.log(`→ ${contact.firstName}: ${text}  [POST ${webhookUrl} ${response.status}${detail}]`);
  } catch (error) {
    console.error(`→ could not reach ${webhookUrl}: ${error instanceof Error ? (error.cause ?? error.message) : String(error)}`);
  }
}

await say(firstText);
if (process.stdin.isTTY) {
  console.log('Type a line and press Enter to send another message from the contact; Ctrl+C to stop.');
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim()) void say(line.trim());
  });
}
process.on('SIGINT', () => {
  void fake.close().then(() => process.exit(0));
});

for (;;) {
  const sent = await fake.nextSend();
  const body =
    sent.text ?? (sent.file ? `[${sent.method}: ${sent.file.fileName}, ${sent.file.mimeType}, ${sent.file.bytes.length} bytes]` : `[${sent.method}]`);
  console.log(`← agent to ${sent.chatId}: ${body}${sent.caption ? ` — ${sent.caption}` : ''}`);
}
