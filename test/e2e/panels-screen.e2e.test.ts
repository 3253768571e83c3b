// SPEC PAN-07, PAN-10 on a supervisor's usual screen, 1366×768: the grid's toolbar stays one row
// (what does not fit is under "Mais"), a protocol is never broken over two lines, and every column
// is reachable by scrolling the grid sideways, its scrollbar on screen.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness.js';

const { as, server } = browserSuite();
const PROTOCOL = '20261206123456789';

describe('Painel de Atendimento at 1366×768 (PAN-07, PAN-10)', () => {
  it('keeps the toolbar on one row, protocols on one line and every column in reach', async () => {
    await server().app.platform.tenant.inSystem(async (s) => {
      const org = (
        (await s.tx.execute(sql`select organization_id from users where email = 'supervisor@demo.local'`)) as unknown as {
          rows: { organization_id: string }[];
        }
      ).rows[0]!.organization_id;
      await s.tx.execute(sql`
        insert into attendances (organization_id, status, protocol, contact, address_city)
        values (${org}, 'in_progress', ${PROTOCOL}, ${JSON.stringify({ name: 'Maria Aparecida dos Santos Oliveira' })}::jsonb, 'São José dos Campos')`);
    });
    const page = await as('supervisor@demo.local');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/panel/open/today');
    const grid = page.getByRole('region', { name: 'Abertos hoje' });
    const cell = grid.getByRole('cell', { name: PROTOCOL });
    await cell.waitFor();

    // One row of tools: the first tool, "Mais", "Exportar" and "Colunas" side by side.
    const toolbar = page.getByRole('toolbar', { name: 'Ferramentas' });
    const more = toolbar.getByRole('button', { name: 'Mais ferramentas' });
    const tops = await Promise.all(
      [
        toolbar.getByRole('button', { name: 'Novo atendimento' }),
        more,
        grid.getByRole('button', { name: 'Exportar' }),
        grid.getByRole('button', { name: 'Colunas' }),
      ].map(async (b) => (await b.boundingBox())!),
    );
    for (const box of tops) expect(Math.abs(box.y - tops[0]!.y)).toBeLessThan(4);
    // Every tool of the view is there, as a button or in the menu.
    const inline = (await toolbar.getByRole('button').allTextContents()).map((s) => s.trim()).filter((s) => s !== 'Mais');
    await more.click();
    // The menu opens with a transition: read its items once it is on screen.
    await page.getByRole('menu').waitFor();
    await page.getByRole('menuitem').first().waitFor();
    const menu = (await page.getByRole('menuitem').allTextContents()).map((s) => s.trim());
    await page.keyboard.press('Escape');
    expect([...inline, ...menu].sort()).toEqual(
      ['Editar', 'Encaminhar', 'Encerrar subprocesso', 'Histórico', 'Liberar', 'Modificar SLA', 'Novo atendimento', 'Resgatar'].sort(),
    );
    expect(menu.length).toBeGreaterThan(0);

    // The protocol is one line of text.
    expect(
      await cell.evaluate((td) => {
        const text = document.createTreeWalker(td, NodeFilter.SHOW_TEXT).nextNode()!;
        const range = document.createRange();
        range.selectNodeContents(text);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    ).toBe(1);

    // The page itself never scrolls sideways; the grid does, inside a box that fits the window.
    const scroller = grid.getByRole('group', { name: /Abertos hoje: linhas e colunas/ });
    await scroller.scrollIntoViewIfNeeded();
    const fit = await scroller.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return {
        pageWide: document.documentElement.scrollWidth > window.innerWidth,
        wider: el.scrollWidth > el.clientWidth,
        onScreen: box.top >= 0 && box.bottom <= window.innerHeight,
      };
    });
    expect(fit).toEqual({ pageWide: false, wider: true, onScreen: true });
    // Scrolled to its end, the last column's title is fully in view.
    const headers = grid.getByRole('row').first().getByRole('columnheader');
    const last = headers.last();
    expect(await headers.count()).toBe(12);
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const [h, s] = await Promise.all([last.boundingBox(), scroller.boundingBox()]);
    expect(h!.x).toBeGreaterThanOrEqual(s!.x);
    expect(h!.x + h!.width).toBeLessThanOrEqual(s!.x + s!.width + 1);
    await last.getByText('Ordem de Serviço').waitFor();
  });
});
