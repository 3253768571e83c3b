// SPEC PER-04 "Histórico" on the person's page and PLT-05 public "/consulta", in Chromium by accessible names.
import { describe, expect, it } from 'vitest';
import { browserSuite, staffApi } from './harness.js';

const suite = browserSuite();

describe('person history and public protocol lookup', () => {
  it('the person page lists the attendance and the request by protocol; /consulta finds the request by protocol + CPF', async () => {
    const api = await staffApi(suite.server().url, 'agente@demo.local');
    const person = await api.call<{ id: string }>('POST', '/api/persons', { type: 'PF', name: 'Rita Histórico', document: '111.444.777-35' });
    expect(person.status).toBe(201);
    const attendance = await api.call<{ id: string; protocol: string }>('POST', '/api/attendances', { personId: person.body.id });
    expect(attendance.status).toBe(201);
    const tree = await api.call<{ items: { id: string; title: string }[] }>('GET', '/api/knowledge/tree');
    const type = tree.body.items.find((i) => i.title === 'Visita técnica')!;
    const request = await api.call<{ protocol: string }>('POST', `/api/attendances/${attendance.body.id}/requests`, {
      requestTypeId: type.id,
      description: 'Modem reinicia sozinho',
    });
    expect(request.status).toBe(201);

    const page = await suite.as('agente@demo.local');
    await page.goto(`/persons/${person.body.id}`);
    await page.getByRole('heading', { name: 'Rita Histórico' }).waitFor();
    await page.getByRole('tab', { name: 'Atendimentos', selected: true }).waitFor();
    await page.getByRole('link', { name: `Abrir atendimento ${attendance.body.protocol}` }).waitFor();
    for (const tab of ['Agendamentos', 'Redes Sociais', 'Usuário']) await page.getByRole('tab', { name: tab }).waitFor();
    await page.getByRole('tab', { name: 'Solicitações' }).click();
    await page.getByRole('button', { name: `Abrir solicitação ${request.body.protocol}` }).click();
    const dialog = page.getByRole('dialog', { name: `Solicitação ${request.body.protocol}` });
    await dialog.getByText('Visita técnica').first().waitFor();

    // The customer, with no login, follows the request on the public page.
    const { page: customer } = await suite.open();
    await customer.goto('/consulta');
    await customer.getByRole('textbox', { name: 'Protocolo' }).fill(request.body.protocol);
    await customer.getByRole('textbox', { name: 'CPF ou CNPJ' }).fill('111.444.777-35');
    await customer.getByRole('button', { name: 'Consultar' }).click();
    const result = customer.getByRole('region', { name: `Solicitação ${request.body.protocol}` });
    await result.getByText('Visita técnica').waitFor();
    expect(await result.textContent()).toContain('Aberta');
    // A wrong document reads as "not found".
    await customer.getByRole('textbox', { name: 'CPF ou CNPJ' }).fill('529.982.247-25');
    await customer.getByRole('button', { name: 'Consultar' }).click();
    await customer
      .getByRole('alert')
      .getByText(/Não encontramos/)
      .waitFor();
  });
});
