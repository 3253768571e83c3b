// SPEC CH-02, ATT-05: a WhatsApp contact writes (a signed webhook from the local Graph API fake), the
// agent sees it in the list with the WhatsApp icon, answers, the fake receives the reply, and the
// ticks reach "Lida" as the fake's signed statuses come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWhatsappFake, type WhatsappFake } from '../../apps/server/test/fakes/whatsapp-fake.js';
import { buildTextWebhook, signedPost } from '../../apps/server/test/fakes/whatsapp-webhooks.js';
import { browserSuite } from './harness.js';

// The demo "WhatsApp" channel's values (README, demo data).
const PHONE_NUMBER_ID = '100000000000001';
const APP_SECRET = 'demo-whatsapp-app-secret';

let fake: WhatsappFake;
beforeAll(async () => {
  fake = await startWhatsappFake({ accessToken: 'demo-whatsapp-token' });
});
afterAll(() => fake.close());

const { as, server } = browserSuite({ config: () => ({ metaGraphUrl: fake.url }) });

describe('a WhatsApp conversation in the agent screen (CH-02)', () => {
  it('reaches the agent with its icon, the reply reaches WhatsApp, and the ticks reach "Lida"', async () => {
    const page = await as('agente@demo.local');
    await page.getByRole('button', { name: 'Canais de chat', exact: true }).click();
    await page.getByRole('dialog', { name: 'Canais de chat' }).getByRole('switch', { name: 'WhatsApp' }).click({ force: true });
    await page.getByRole('button', { name: 'Canais de chat', exact: true }).filter({ hasText: 'Online' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Atendimento' }).click();

    const webhook = `${server().url}/api/webhooks/whatsapp`;
    fake.setAutoStatuses({ webhookUrl: webhook, appSecret: APP_SECRET });
    const inbound = await signedPost(
      webhook,
      buildTextWebhook({ phoneNumberId: PHONE_NUMBER_ID, from: '5511976543210', name: 'Rita Zap', text: 'Oi, meu pedido atrasou' }),
      APP_SECRET,
    );
    expect(inbound.status).toBe(200);

    const item = page.getByRole('navigation', { name: 'Meus atendimentos' }).getByRole('link', { name: /Rita Zap/ });
    await item.getByRole('img', { name: 'WhatsApp' }).waitFor();
    await item.click();
    const conversation = page.getByRole('log', { name: 'Conversa' });
    await conversation.getByText('Oi, meu pedido atrasou').waitFor();

    await page.getByRole('textbox', { name: 'Mensagem' }).fill('Vou verificar agora mesmo.');
    await page.getByRole('button', { name: 'Enviar' }).click();
    // The protocol goes first (the first reply issues it), then the reply.
    const sends = [await fake.nextSend(), await fake.nextSend()];
    expect(sends.map((s) => [s.to, (s.body.text as { body: string }).body])).toEqual([
      ['5511976543210', expect.stringMatching(/protocolo \d{4}-\d{10}/)],
      ['5511976543210', 'Vou verificar agora mesmo.'],
    ]);
    // Only the agent's own messages carry ticks: the reply's reach "Lida".
    await conversation.getByRole('img', { name: 'Lida' }).waitFor({ timeout: 20_000 });
  });
});
