// SPEC ALR-02, ALR-04 "Conversas": staff chat live with each other, the side menu counts what is
// unread, and an alert arrives as a card in its team's group, driven in Chromium by accessible names.
import { randomUUID } from 'node:crypto';
import { googleMapsLink, type AlertView } from '@atende/shared';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, DEMO_PASSWORD } from './harness.js';

const { as, server } = browserSuite();

const menuLink = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: /^Conversas/ });

/** An alert fired for "Equipe de Alertas", written to the outbox the way the alerts module writes it. */
async function fireAlert(over: Partial<AlertView>): Promise<AlertView> {
  const platform = server().app.platform;
  const { org, team } = await platform.tenant.inSystem(async (s) => {
    const res = await s.tx.execute(sql`select organization_id as org, id as team from teams where name = 'Equipe de Alertas'`);
    return (res as unknown as { rows: { org: string; team: string }[] }).rows[0]!;
  });
  const alert: AlertView = {
    id: randomUUID(),
    level: 'red',
    levelText: 'Preciso de ajuda urgente',
    state: 'new',
    appUser: { id: randomUUID(), name: 'Joana Usuária', cpf: '529.982.247-25', phone: '+55 11 98765-4321' },
    teamId: team,
    location: { lat: -23.55052, lng: -46.633308, accuracy: 12 },
    firedAt: new Date().toISOString(),
    createdAt: new Date().toISOString(),
    receivedAt: null,
    assignee: null,
    closedAt: null,
    closingNote: null,
    hasVoiceNote: false,
    ...over,
  };
  await platform.tenant.inTenant(org, null, (s) => platform.events.emit(s, 'alert.fired', { alert }));
  return alert;
}

describe('Conversas', () => {
  it('a message in a group reaches the other member live, with the unread badge in the side menu (ALR-04)', async () => {
    const supervisor = await as('supervisor@demo.local');
    const agent = await as('agente@demo.local');

    await supervisor
      .getByRole('navigation')
      .getByRole('link', { name: /^Conversas/ })
      .click();
    await supervisor.getByRole('button', { name: 'Nova conversa' }).click();
    const dialog = supervisor.getByRole('dialog', { name: 'Nova conversa' });
    await dialog.getByRole('textbox', { name: 'Nome do grupo' }).fill('Plantão');
    await dialog.getByRole('combobox', { name: 'Participantes' }).click();
    await supervisor.getByRole('option', { name: 'Alice Agente' }).click();
    await supervisor.keyboard.press('Escape'); // closes the list, not the dialog
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await supervisor.getByRole('heading', { name: 'Plantão' }).waitFor();

    await supervisor.getByRole('textbox', { name: 'Mensagem' }).fill('Bom dia, equipe');
    await supervisor.getByRole('textbox', { name: 'Mensagem' }).press('Enter');
    await supervisor.getByRole('log', { name: 'Plantão' }).getByText('Bom dia, equipe').waitFor();

    // The agent, elsewhere in the console, sees the badge count it.
    await menuLink(agent).getByLabel('1 não lidas').waitFor();
    await menuLink(agent).click();
    await agent
      .getByRole('navigation', { name: 'Lista de conversas' })
      .getByRole('button', { name: /Plantão/ })
      .click();
    await agent.getByRole('log', { name: 'Plantão' }).getByText('Bom dia, equipe').waitFor();
    // Read as viewed: the badge goes.
    await menuLink(agent)
      .getByLabel(/não lidas/)
      .waitFor({ state: 'detached' });

    // The reply, with a mention picked after "@", appears live in the supervisor's open chat.
    const box = agent.getByRole('textbox', { name: 'Mensagem' });
    await box.fill('Bom dia @Sér');
    await agent.getByRole('option', { name: '@Sérgio Supervisor' }).click();
    await box.press('End');
    await box.pressSequentially('tudo certo');
    await box.press('Enter');
    const log = supervisor.getByRole('log', { name: 'Plantão' });
    await log.getByText('tudo certo', { exact: false }).waitFor();
    expect(await log.locator('mark').allTextContents()).toEqual(['@Sérgio Supervisor']);
  });

  it('an alert arrives as a card in the team’s group, with the map link, and "Sem localização" without one (ALR-02)', async () => {
    const fired = await fireAlert({});
    const agent = await as('agente@demo.local');
    await menuLink(agent)
      .getByLabel(/não lidas/)
      .waitFor();
    await menuLink(agent).click();
    await agent
      .getByRole('navigation', { name: 'Lista de conversas' })
      .getByRole('button', { name: /Alertas — Equipe de Alertas/ })
      .click();
    const log = agent.getByRole('log', { name: 'Alertas — Equipe de Alertas' });
    const card = log.getByRole('article', { name: 'Alerta Vermelho — Risco grave' });
    await card.waitFor();
    for (const text of ['Preciso de ajuda urgente', 'Joana Usuária', '529.982.247-25', '+55 11 98765-4321', 'Novo'])
      await card.getByText(text).first().waitFor();
    const link = card.getByRole('link', { name: 'Abrir no Google Maps' });
    expect(await link.getAttribute('href')).toBe(googleMapsLink(fired.location!));
    expect(await link.getAttribute('target')).toBe('_blank');
    await card.getByRole('button', { name: 'Assumir' }).waitFor();

    // A second alert, fired while the chat is open, appears live.
    await fireAlert({
      level: 'yellow',
      levelText: 'Situação suspeita',
      location: null,
      appUser: { id: randomUUID(), name: 'Pedro Usuário', cpf: '111.444.777-35', phone: null },
    });
    const second = log.getByRole('article', { name: 'Alerta Amarelo — Risco moderado' });
    await second.getByText('Sem localização').waitFor();
    await second.getByText('Pedro Usuário').waitFor();
  });

  it('"Assumir" on a card of a real alert shows who took it, live (ALR-04)', async () => {
    const url = server().url;
    const login = await fetch(`${url}/api/alert-app/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: '529.982.247-25', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const fired = await fetch(`${url}/api/alert-app/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ clientId: randomUUID(), level: 'green', firedAt: new Date().toISOString(), location: null }),
    });
    expect(fired.status).toBe(201);

    const agent = await as('agente@demo.local');
    await menuLink(agent).click();
    await agent
      .getByRole('navigation', { name: 'Lista de conversas' })
      .getByRole('button', { name: /Alertas — Equipe de Alertas/ })
      .click();
    const card = agent.getByRole('log', { name: 'Alertas — Equipe de Alertas' }).getByRole('article', { name: 'Alerta Verde — Risco leve' });
    await card.getByRole('button', { name: 'Assumir' }).click();
    await card.getByText('Assumido por Alice Agente').waitFor();
    await card.getByText('Em atendimento').waitFor();
    await card.getByRole('button', { name: 'Encerrar' }).waitFor();
  });
});
