// Issue item "widget identity can be borrowed" (SPEC CH-01, PER-03): the agent sees which of the
// web-chat contact's identifiers the site signed and which the visitor only typed.
import { createHmac } from 'node:crypto';
import { describe, it } from 'vitest';
import { browserSuite, webchatChannel } from './harness.js';

const { login, server } = browserSuite();

async function widgetCall<T>(url: string, visitorToken: string | null, body: object): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(visitorToken ? { 'x-visitor-token': visitorToken } : {}) };
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe('signed and typed contact data on the attendance screen', () => {
  it('marks the e-mail the site signed and the CPF the visitor typed, next to the person the signature linked', async () => {
    const channel = await webchatChannel(server());
    const page = (await login('agente@demo.local')).page;
    await page.getByRole('button', { name: 'Canais de chat', exact: true }).click();
    // Mantine draws the switch's track over its (visually hidden) input: click where the user would.
    await page.getByRole('dialog', { name: 'Canais de chat' }).getByRole('switch', { name: 'WebChat' }).click({ force: true });
    await page.getByRole('button', { name: 'Canais de chat', exact: true }).filter({ hasText: 'Online' }).waitFor();
    await page.keyboard.press('Escape');

    const api = `${server().url}/api/widget/${channel.token}`;
    const { visitorToken } = await widgetCall<{ visitorToken: string }>(`${api}/session`, null, {});
    const email = 'renata@cliente.com.br';
    const hashes = { email: createHmac('sha256', channel.secret).update(email).digest('hex') };
    await widgetCall(`${api}/identify`, visitorToken, { name: 'Renata Assinada', email, cpf: '390.533.447-05', hashes });
    await widgetCall(`${api}/conversations`, visitorToken, {});

    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Atendimento' }).click();
    await page
      .getByRole('navigation', { name: 'Meus atendimentos' })
      .getByRole('link', { name: /Renata Assinada/ })
      .click();
    const summary = page.getByRole('tabpanel', { name: 'Resumo' });
    await summary.getByText('Pessoa vinculada', { exact: true }).waitFor();
    const contact = summary.getByRole('group', { name: 'Dados do contato' });
    await contact.getByRole('group', { name: 'E-mail' }).getByText('assinado pelo site').waitFor();
    await contact.getByRole('group', { name: 'CPF/CNPJ' }).getByText('informado pelo visitante').waitFor();
    await contact.getByRole('group', { name: 'CPF/CNPJ' }).getByText('39053344705').waitFor();
  });
});
