import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

type Tree = {
  categories: { id: string; parentId: string | null; name: string; active: boolean }[];
  items: { id: string; categoryId: string; kind: string; title: string; solutionHtml: string; active: boolean }[];
};

// SPEC KB-01, KB-02, ATT-07: the knowledge tree, its search, and "Registrar Informação".
describe('knowledge base: tree, search and information given in an attendance', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let other: Session;
  let outra: Session;

  const tree = async (s: Session, q?: string) =>
    (await s.inject({ url: `/api/knowledge/tree${q ? `?q=${encodeURIComponent(q)}` : ''}` })).json() as Tree;
  const start = async (s: Session) => {
    const res = await s.inject({ method: 'POST', url: '/api/attendances', payload: { personId: null } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    other = await t.login('agente2@demo.local');
    outra = await t.login('admin@outra.local');
  });
  afterAll(() => t.close());

  it('the demo has the section "Internet" with "Velocidade reduzida" and two request types', async () => {
    const { categories, items } = await tree(agent);
    expect(categories.map((c) => c.name)).toEqual(['Internet']);
    expect(items.map((i) => [i.title, i.kind])).toEqual([
      ['Reclamação anônima', 'request_type'],
      ['Velocidade reduzida', 'information'],
      ['Visita técnica', 'request_type'],
    ]);
    expect(items.find((i) => i.title === 'Velocidade reduzida')!.solutionHtml).toContain(
      'Reinicie o modem e aguarde dois minutos. Se persistir, registre uma solicitação.',
    );
  });

  it('search ignores accents and case, over titles, keywords and the solution text', async () => {
    expect((await tree(agent, 'VELOCIDADE')).items.map((i) => i.title)).toEqual(['Velocidade reduzida']);
    expect((await tree(agent, 'lentidao')).items.map((i) => i.title)).toEqual(['Velocidade reduzida']);
    expect((await tree(agent, 'modem minutos')).items.map((i) => i.title)).toEqual(['Velocidade reduzida']);
    expect((await tree(agent, 'tecnica')).items.map((i) => i.title)).toEqual(['Visita técnica']);
    expect((await tree(agent, '100%')).items).toEqual([]);
  });

  it('admins build a nested tree; the solution is sanitized; agents see only what is active', async () => {
    const section = await admin.inject({ method: 'POST', url: '/api/knowledge/categories', payload: { name: 'Financeiro' } });
    expect(section.statusCode, section.body).toBe(201);
    const sub = await admin.inject({ method: 'POST', url: '/api/knowledge/categories', payload: { name: 'Faturas', parentId: section.json().id } });
    expect(sub.statusCode).toBe(201);
    const cycle = await admin.inject({
      method: 'PATCH',
      url: `/api/knowledge/categories/${section.json().id}`,
      payload: { parentId: sub.json().id },
    });
    expect(cycle.json().error.code).toBe('KNOWLEDGE_CATEGORY_CYCLE');
    const item = await admin.inject({
      method: 'POST',
      url: '/api/knowledge/items',
      payload: {
        categoryId: sub.json().id,
        kind: 'information',
        title: 'Segunda via',
        keywords: 'boleto',
        solutionHtml:
          '<p onclick="x()">Acesse <a href="javascript:alert(1)">aqui</a> <strong>ou</strong> <a href="https://exemplo.com.br">o portal</a></p><script>alert(1)</script>',
      },
    });
    expect(item.statusCode, item.body).toBe(201);
    const html = item.json().solutionHtml as string;
    expect(html).not.toMatch(/script|onclick|javascript/);
    expect(html).toContain('<strong>ou</strong>');
    expect(html).toContain('href="https://exemplo.com.br"');
    expect((await tree(agent, 'boleto')).items.map((i) => i.title)).toEqual(['Segunda via']);

    await admin.inject({ method: 'PATCH', url: `/api/knowledge/categories/${section.json().id}`, payload: { active: false } });
    expect((await tree(agent, 'boleto')).items).toEqual([]);
    expect((await tree(agent)).categories.map((c) => c.name)).toEqual(['Internet']);
    expect((await tree(admin, 'boleto')).items.map((i) => i.title)).toEqual(['Segunda via']);
  });

  it('the rich-text editor’s HTML is kept; a script, an onerror and styles are stripped on update too (KB-01)', async () => {
    const internet = (await tree(admin)).categories.find((c) => c.name === 'Internet')!;
    const created = await admin.inject({
      method: 'POST',
      url: '/api/knowledge/items',
      payload: { categoryId: internet.id, kind: 'information', title: 'Modem sem luz', solutionHtml: '<p>Verifique a tomada.</p>' },
    });
    expect(created.statusCode, created.body).toBe(201);
    // What the editor produces: bold, italic, lists and a link — plus what an attacker adds.
    const edited = await admin.inject({
      method: 'PATCH',
      url: `/api/knowledge/items/${created.json().id}`,
      payload: {
        solutionHtml:
          '<p style="color:red"><strong>Desligue</strong> e <em>religue</em>.</p><ul><li><p>Cabo</p></li></ul><ol><li><p>Fonte</p></li></ol>' +
          '<p><a href="https://suporte.exemplo.com.br" onmouseover="steal()">Suporte</a><img src="x" onerror="alert(1)"></p><script>alert(2)</script><style>p{}</style>',
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const html = edited.json().solutionHtml as string;
    expect(html).not.toMatch(/script|onerror|onmouseover|style|<img|alert/);
    expect(html).toContain('<strong>Desligue</strong> e <em>religue</em>');
    expect(html).toContain('<ul><li><p>Cabo</p></li></ul><ol><li><p>Fonte</p></li></ol>');
    expect(html).toContain('<a href="https://suporte.exemplo.com.br" target="_blank" rel="noopener noreferrer">Suporte</a>');
    // The agent's panel reads the same sanitized HTML.
    const read = (await tree(agent, 'modem sem luz')).items.find((i) => i.title === 'Modem sem luz') as unknown as { solutionHtml: string };
    expect(read.solutionHtml).toBe(html);
  });

  it('only admins change the tree; another organization sees and touches nothing of it', async () => {
    const internet = (await tree(admin)).categories.find((c) => c.name === 'Internet')!;
    const refused = await agent.inject({ method: 'POST', url: '/api/knowledge/categories', payload: { name: 'Agente' } });
    expect(refused.statusCode).toBe(403);
    expect((await agent.inject({ method: 'PATCH', url: `/api/knowledge/categories/${internet.id}`, payload: { name: 'X' } })).statusCode).toBe(403);
    expect(await tree(outra)).toEqual({ categories: [], items: [] });
    const foreign = await outra.inject({ method: 'PATCH', url: `/api/knowledge/categories/${internet.id}`, payload: { name: 'Intruso' } });
    expect(foreign.statusCode).toBe(404);
    const into = await outra.inject({
      method: 'POST',
      url: '/api/knowledge/items',
      payload: { categoryId: internet.id, kind: 'information', title: 'Intruso' },
    });
    expect(into.json().error.code).toBe('KNOWLEDGE_CATEGORY_NOT_FOUND');
    expect((await tree(admin)).categories.find((c) => c.id === internet.id)!.name).toBe('Internet');
  });

  it('"Registrar Informação": recorded on the attendance, in its events and in the "Finalizar" summary', async () => {
    const a = await start(agent);
    const info = (await tree(agent, 'Velocidade reduzida')).items[0]!;
    const res = await agent.inject({ method: 'POST', url: `/api/attendances/${a.id}/informations`, payload: { itemId: info.id } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ title: 'Velocidade reduzida', createdByName: 'Alice Agente' });
    const summary = (await agent.inject({ url: `/api/attendances/${a.id}/knowledge` })).json();
    expect(summary.informations.map((i: { title: string }) => i.title)).toEqual(['Velocidade reduzida']);
    expect(summary.requests).toEqual([]);
    const events = (await agent.inject({ url: `/api/attendances/${a.id}` })).json().events as { type: string; data: Record<string, unknown> }[];
    expect(events.find((e) => e.type === 'information_registered')?.data).toEqual({ title: 'Velocidade reduzida' });

    // A request type is not an information; another agent's attendance and another organization's are not found.
    const visit = (await tree(agent, 'Visita')).items[0]!;
    const wrong = await agent.inject({ method: 'POST', url: `/api/attendances/${a.id}/informations`, payload: { itemId: visit.id } });
    expect(wrong.json().error.code).toBe('KNOWLEDGE_ITEM_NOT_FOUND');
    const notHis = await other.inject({ method: 'POST', url: `/api/attendances/${a.id}/informations`, payload: { itemId: info.id } });
    expect(notHis.statusCode).toBe(404);
    expect((await other.inject({ url: `/api/attendances/${a.id}/knowledge` })).statusCode).toBe(404);
    expect((await outra.inject({ method: 'POST', url: `/api/attendances/${a.id}/informations`, payload: { itemId: info.id } })).statusCode).toBe(404);
    expect((await outra.inject({ url: `/api/attendances/${a.id}/knowledge` })).statusCode).toBe(404);
  });
});
