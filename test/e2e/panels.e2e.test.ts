// SPEC PAN-04, PAN-07, PAN-10, PAN-11: "Painel de Atendimento" and the live wallboard, driven by
// accessible names in Chromium against the real built console and server.
import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { browserSuite, staffApi, startVisitor, webchatChannel } from './harness.js';

const { as, server } = browserSuite();

type Rows = { rows: Record<string, unknown>[] };
const first = (result: unknown) => (result as Rows).rows[0]!;

/**
 * An open attendance of the demo organization whose SLA (60 calendar minutes, started two hours
 * ago) ran out an hour ago, and an increment reason to extend it with. The SLA is written straight
 * into the table: the test needs a deadline in the past without waiting for one.
 */
async function lateAttendance(protocol: string, reason: string): Promise<void> {
  await server().app.platform.tenant.inSystem(async (s) => {
    const org = first(await s.tx.execute(sql`select organization_id from users where email = 'supervisor@demo.local'`)).organization_id as string;
    await s.tx.execute(sql`
      insert into attendances (organization_id, status, protocol, contact, sla_mode, sla_minutes, sla_started_at, sla_due_at)
      values (${org}, 'in_progress', ${protocol}, ${JSON.stringify({ name: 'Cliente SLA Atrasado' })}::jsonb, 'calendar', 60,
              now() - interval '2 hours', now() - interval '1 hour')`);
    await s.tx.execute(sql`insert into sla_reasons (organization_id, name, type) values (${org}, ${reason}, 'increment')`);
  });
}

describe('Painel de Atendimento (PAN-04, PAN-07, PAN-10)', () => {
  it('extends a late SLA with "Modificar SLA" and lists the intervention in "Histórico"', async () => {
    const protocol = 'E2E.SLA.0001';
    const reason = 'Reagendamento (e2e)';
    await lateAttendance(protocol, reason);
    const page = await as('supervisor@demo.local');

    await page.getByRole('link', { name: 'Painel de Atendimento' }).click();
    await page.getByRole('heading', { name: 'Painel de Atendimento' }).waitFor();
    await page.getByRole('tab', { name: 'Abertos', exact: true }).click();
    const views = page.getByRole('navigation', { name: 'Visões de Abertos' });
    await views.getByRole('button', { name: 'Abertos com SLA atrasado' }).click();
    await page.waitForURL(/\/panel\/open\/sla_late$/);

    // Search mode: nothing until a filter or "Listar todos".
    const late = page.getByRole('region', { name: 'Abertos com SLA atrasado' });
    await late.getByText('Pesquise pelos filtros ou clique em “Listar todos”').waitFor();
    await late.getByRole('button', { name: 'Listar todos' }).click();
    const row = late.getByRole('row').filter({ hasText: protocol });
    await row.filter({ hasText: 'Atrasado' }).waitFor();
    expect(await row.textContent()).toContain('Sem resgate');
    await row.click();
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');

    await page.getByRole('toolbar', { name: 'Ferramentas' }).getByRole('button', { name: 'Modificar SLA' }).click();
    const wizard = page.getByRole('dialog', { name: 'Modificar SLA' });
    expect(await wizard.getByRole('button', { name: 'Avançar' }).isDisabled()).toBe(true);
    await wizard.getByRole('radio', { name: 'Incrementar SLA' }).check();
    await wizard.getByRole('button', { name: 'Avançar' }).click();

    await wizard.getByLabel('Motivo').click();
    await page.getByRole('option', { name: reason }).click();
    await wizard.getByLabel('Observações').fill('Cliente pediu nova visita');
    await wizard.getByRole('radio', { name: 'Em horas' }).check();
    await wizard.getByLabel('Quantidade').fill('2');
    // "Novo prazo" is computed by the server and read-only.
    const newDue = wizard.getByLabel('Novo prazo');
    await expect.poll(() => newDue.inputValue()).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/);
    expect(await newDue.getAttribute('readonly')).not.toBeNull();

    const finish = wizard.getByRole('button', { name: 'Finalizar' });
    expect(await finish.isDisabled()).toBe(true);
    await wizard.getByRole('checkbox', { name: 'Tem certeza que deseja executar este processo agora?' }).check();
    await finish.click();
    await wizard.waitFor({ state: 'hidden' });

    // On time again, it leaves the late view; "Todos abertos" finds it by its protocol.
    await row.waitFor({ state: 'detached' });
    await views.getByRole('button', { name: 'Todos abertos' }).click();
    const all = page.getByRole('region', { name: 'Todos abertos' });
    await all.getByText('Pesquise pelos filtros ou clique em “Listar todos”').waitFor();
    await all.getByLabel('Filtrar Protocolo').fill(protocol);
    const again = all.getByRole('row').filter({ hasText: protocol });
    await again.filter({ hasText: 'Em dia' }).waitFor();
    await again.click();

    await page.getByRole('toolbar', { name: 'Ferramentas' }).getByRole('button', { name: 'Histórico' }).click();
    const history = page.getByRole('dialog', { name: 'Histórico de intervenções de SLA' });
    const intervention = history.getByRole('row').filter({ hasText: reason });
    await intervention.waitFor();
    expect(await intervention.textContent()).toContain('Incremento');
    expect(await intervention.textContent()).toContain('2 h');
    await intervention.dblclick();
    const detail = page.getByRole('dialog', { name: 'Intervenção de SLA' });
    await detail.getByText('Cliente pediu nova visita').waitFor();
  });
});

describe('SLA lateness across views (PAN-04, PAN-07)', () => {
  it('shows a just-expired SLA late in "Abertos hoje" and in "Atrasados nas últimas 24 horas" alike', async () => {
    const protocol = 'E2E.SLA.0100';
    const setDue = (due: ReturnType<typeof sql>) =>
      server().app.platform.tenant.inSystem((s) => s.tx.execute(sql`update attendances set sla_due_at = ${due} where protocol = ${protocol}`));
    await server().app.platform.tenant.inSystem(async (s) => {
      const org = first(await s.tx.execute(sql`select organization_id from users where email = 'supervisor@demo.local'`)).organization_id as string;
      await s.tx.execute(sql`
        insert into attendances (organization_id, status, protocol, sla_mode, sla_minutes, sla_started_at, sla_due_at)
        values (${org}, 'in_progress', ${protocol}, 'calendar', 60, now(), now() + interval '1 hour')`);
    });
    const page = await as('supervisor@demo.local');
    await page.goto('/panel/open/today');
    const today = page.getByRole('region', { name: 'Abertos hoje' });
    const row = today.getByRole('row').filter({ hasText: protocol });
    await row.filter({ hasText: 'Em dia' }).waitFor();
    await page.getByRole('tab', { name: 'Atrasados', exact: true }).click();
    const late = page.getByRole('region', { name: 'Atrasados nas últimas 24 horas' });
    await late.getByText(/\d+ atendimentos?$/).waitFor();
    expect(await late.getByRole('row').filter({ hasText: protocol }).count()).toBe(0);

    // The due time passes (written as if the clock had moved on); both views, opened again, agree.
    await setDue(sql`now() - interval '1 second'`);
    await page.getByRole('tab', { name: 'Abertos', exact: true }).click();
    await row.filter({ hasText: 'Atrasado' }).waitFor();
    await page.getByRole('tab', { name: 'Atrasados', exact: true }).click();
    await late.getByRole('row').filter({ hasText: protocol }).waitFor();
  });
});

describe('grid columns and export (PAN-07, PAN-10)', () => {
  it('selects an attendance in "Processo x Subprocesso" and takes it with "Resgatar" (PAN-07, PAN-10)', async () => {
    const api = await staffApi(server().url, 'supervisor@demo.local');
    const processes = (await api.call<{ items: { id: string; name: string }[] }>('GET', '/api/processes')).body.items;
    const support = processes.find((p) => p.name === 'Suporte técnico')!;
    const created = await api.call<{ id: string; protocol: string }>('POST', '/api/attendances/panel', {
      personId: null,
      contactName: 'Cliente da Árvore',
      processId: support.id,
    });
    expect(created.status).toBe(201);
    // Created by the supervisor, who holds it: release it first so the tree shows "Sem resgate".
    expect((await api.call('POST', `/api/attendances/${created.body.id}/release`)).status).toBeLessThan(300);
    const page = await as('supervisor@demo.local');

    await page.getByRole('link', { name: 'Painel de Atendimento' }).click();
    await page.getByRole('tab', { name: 'Abertos', exact: true }).click();
    await page.getByRole('navigation', { name: 'Visões de Abertos' }).getByRole('button', { name: 'Processo x Subprocesso' }).click();
    const tree = page.getByRole('table', { name: 'Processo x Subprocesso' });
    await tree.getByRole('button', { name: 'Expandir Suporte técnico' }).click();
    await tree.getByRole('button', { name: 'Expandir Triagem' }).click();
    const row = tree.getByRole('row').filter({ hasText: created.body.protocol });
    await row.getByText('Sem resgate').waitFor();
    const toolbar = page.getByRole('toolbar', { name: 'Ferramentas' });
    expect(await toolbar.getByRole('button', { name: 'Resgatar' }).isDisabled()).toBe(true);
    await row.click();
    await toolbar.getByRole('button', { name: 'Resgatar' }).click();
    await row.getByText(api.me.name).waitFor();
  });

  it('remembers the chosen columns and exports the grid as CSV', async () => {
    await server().app.platform.tenant.inSystem(async (s) => {
      const org = first(await s.tx.execute(sql`select organization_id from users where email = 'supervisor@demo.local'`)).organization_id as string;
      const attendance = first(
        await s.tx.execute(
          sql`insert into attendances (organization_id, status, protocol, address_city) values (${org}, 'in_progress', 'E2E.CSV.0001', 'Olinda') returning id`,
        ),
      ).id as string;
      // ATT-12: the demo form's answer, offered as the column "Dados do equipamento · Modelo".
      await s.tx.execute(
        sql`insert into attendance_form_answers (organization_id, attendance_id, form_id, answers)
            select ${org}, ${attendance}, f.id, '{"modelo": "Roteador E2E"}'::jsonb from attendance_forms f
            where f.organization_id = ${org} and f.name = 'Dados do equipamento'`,
      );
    });
    const page = await as('supervisor@demo.local');
    await page.goto('/panel/open/today');
    const grid = page.getByRole('region', { name: 'Abertos hoje' });
    await grid.getByRole('row').filter({ hasText: 'E2E.CSV.0001' }).waitFor();
    const city = grid.getByRole('button', { name: 'Ordenar por Cidade' });
    expect(await city.count()).toBe(0);

    await grid.getByRole('button', { name: 'Colunas' }).click();
    await page.getByRole('checkbox', { name: 'Cidade' }).check();
    await city.waitFor();
    await page.getByRole('checkbox', { name: 'Dados do equipamento · Modelo' }).check();
    await grid.getByRole('button', { name: 'Ordenar por Dados do equipamento · Modelo' }).waitFor();
    await grid.getByRole('row').filter({ hasText: 'Roteador E2E' }).waitFor();
    await page.keyboard.press('Escape');
    await grid.getByRole('row').filter({ hasText: 'Olinda' }).waitFor();
    await page.reload();
    await city.waitFor();

    const download = page.waitForEvent('download');
    await grid.getByRole('button', { name: 'Exportar' }).click();
    await page.getByRole('menuitem', { name: 'CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const text = await readFile((await file.path())!, 'utf8');
    expect(text).toContain('E2E.CSV.0001');
    expect(text).toContain('Olinda');
    expect(text).toContain('Dados do equipamento · Modelo');
    expect(text).toContain('Roteador E2E');
  });
});

describe('synthetic view and date filters (PAN-07, PAN-09)', () => {
  it('builds the pivot by dragging with the mouse and with the keyboard, and draws its chart', async () => {
    await server().app.platform.tenant.inSystem(async (s) => {
      const org = first(await s.tx.execute(sql`select organization_id from users where email = 'supervisor@demo.local'`)).organization_id as string;
      await s.tx.execute(sql`
        insert into attendances (organization_id, status, protocol, address_city)
        values (${org}, 'in_progress', 'E2E.PIV.0001', 'Olinda'), (${org}, 'in_progress', 'E2E.PIV.0002', 'Olinda'), (${org}, 'in_progress', 'E2E.PIV.0003', null)`);
    });
    const page = await as('supervisor@demo.local');
    await page.goto('/panel/open/synthetic');
    await page.getByRole('button', { name: 'Configurar' }).click();
    const rows = page.getByRole('group', { name: 'Linhas' });
    const columns = page.getByRole('group', { name: 'Colunas' });
    await rows.getByRole('button', { name: 'Remover Mês de Linhas' }).click();

    // Mouse: "Cidade" dragged into "Linhas".
    const city = await page.getByRole('button', { name: 'Arrastar Cidade' }).boundingBox();
    const target = await rows.boundingBox();
    await page.mouse.move(city!.x + city!.width / 2, city!.y + city!.height / 2);
    await page.mouse.down();
    await page.mouse.move(target!.x + target!.width / 2, target!.y + target!.height / 2, { steps: 8 });
    await page.mouse.up();
    await rows.getByText('Cidade').waitFor();

    // Keyboard: Space picks "Situação" up, arrows go to "Linhas" then "Colunas", Space drops it.
    // Each step is announced to screen readers; the next key waits for it, as a listener would.
    // dnd-kit starts listening to keys a moment after the pick-up, once it has measured the areas:
    // a key pressed in that moment does nothing and the announcement stays, so it is pressed again.
    const live = page.locator('[id^="DndLiveRegion"]');
    const step = async (key: string, text: string) => {
      const before = await live.textContent();
      for (let tries = 0; tries < 5; tries++) {
        await page.keyboard.press(key);
        const changed = await expect
          .poll(() => live.textContent(), { timeout: 3000 })
          .not.toBe(before)
          .then(
            () => true,
            () => false,
          );
        if (changed) break;
      }
      expect(await live.textContent()).toBe(text);
    };
    await page.getByRole('button', { name: 'Arrastar Situação' }).focus();
    await step('Space', 'Situação pego.');
    await step('ArrowRight', 'Situação sobre Linhas.');
    await step('ArrowRight', 'Situação sobre Colunas.');
    await step('Space', 'Situação solto em Colunas.');
    await columns.getByText('Situação').waitFor();

    await page.getByRole('button', { name: 'Aplicar' }).click();
    const table = page.getByRole('table', { name: 'Tabela sintética' });
    // Attendances without a city are a group of their own, named so.
    await table.getByRole('rowheader', { name: '(sem valor)' }).waitFor();
    await table.getByRole('rowheader', { name: 'Olinda' }).waitFor();
    const chart = page.getByRole('figure', { name: 'Gráfico de Quantidade' });
    await chart.getByText('Olinda').waitFor();
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe((await table.getByRole('rowheader').count()) - 1); // less "Total"
  });

  it('filters "Abertura" by a day typed as dd/mm/aaaa', async () => {
    const page = await as('supervisor@demo.local');
    await page.goto('/panel/open/week');
    const grid = page.getByRole('region', { name: 'Abertos na semana' });
    const from = grid.getByRole('textbox', { name: 'Abertura de' });
    const start = await page.evaluate(() => new Date(2026, 11, 25).toISOString());
    const request = page.waitForRequest((r) => new URL(r.url()).searchParams.get('f.createdAt')?.startsWith(`${start}..`) === true);
    await from.fill('25/12/2026');
    await request;
    expect(await from.inputValue()).toBe('25/12/2026');
  });
});

describe('wallboard (PAN-11)', () => {
  it('shows a visitor waiting in the chat queue as soon as the chat starts', async () => {
    const channel = await webchatChannel(server());
    const queueName = await server().app.platform.tenant.inSystem(
      async (s) =>
        first(await s.tx.execute(sql`select q.name from channels c join queues q on q.id = c.queue_id where c.id = ${channel.id}`)).name as string,
    );
    const page = await as('supervisor@demo.local');
    await page.getByRole('link', { name: 'Painel em tempo real' }).click();
    const card = page.getByRole('region', { name: queueName });
    const waiting = card.getByRole('group', { name: 'Aguardando' });
    await waiting.waitFor();
    const count = async () => Number((await waiting.textContent())?.replace(/\D/g, ''));
    const before = await count();

    await startVisitor(server().url, channel.token, { name: 'Visitante do painel' });
    await expect.poll(count, { timeout: 5000 }).toBe(before + 1);
    // The longest wait ticks on its own while the visitor waits.
    const longest = card.getByRole('group', { name: 'Maior espera' });
    const shown = await longest.textContent();
    await expect.poll(() => longest.textContent(), { timeout: 4000 }).not.toBe(shown);
  });
});
