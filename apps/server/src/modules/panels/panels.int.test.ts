import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceEvents, attendances } from '../../db/schema/attendances.js';
import { persons } from '../../db/schema/persons.js';
import { queues } from '../../db/schema/routing.js';
import { users } from '../../db/schema/tenancy.js';
import { processes, subprocesses } from '../../db/schema/service-config.js';
import { nextEvent, socketFor } from '../../../test/sockets.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { panelPeriods } from './query/periods.js';

// SPEC PAN-07…PAN-11 on a crafted dataset: attendances with chosen timestamps in Demo and in
// Outra, on both sides of every period edge ("hoje", "semana", "30 dias" in São Paulo days).
type Row = Record<string, unknown> & { id: string };
const CITY = 'Cidade do Painel';
const H = 3_600_000;

describe('panels read side', () => {
  let t: TestApp;
  let sup: Session;
  let url: string;
  const sockets: Socket[] = [];
  const now = new Date();
  const p = panelPeriods(now);
  /** When the wallboard's answered and abandoned rows start: ten minutes ago, but never before today. */
  const wb = new Date(Math.max(now.getTime() - 600_000, p.today.getTime() + 1000));
  const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
  let queueId: string;
  let processId: string;
  let subprocessId: string;
  let agentName: string;

  /** Every fixture is named by its contact name (shown in "Nome/Documento" when no person is linked). */
  async function seed(slug: 'demo' | 'outra', rows: Array<Partial<typeof attendances.$inferInsert> & { name: string }>) {
    const org = await t.orgId(slug);
    return t.app.platform.tenant.inTenant(org, null, async (s) => {
      const inserted = await s.tx
        .insert(attendances)
        .values(rows.map(({ name, ...r }) => ({ organizationId: org, contact: { name }, addressCity: CITY, ...r })))
        .returning({ id: attendances.id, code: attendances.code, contact: attendances.contact });
      return new Map(inserted.map((r) => [r.contact.name!, r]));
    });
  }

  let demo: Map<string, { id: string; code: number | null }>;

  beforeAll(async () => {
    t = await createTestApp();
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    sup = await t.login('supervisor@demo.local');
    const org = await t.orgId('demo');
    const supervisorId = await t.userId('supervisor@demo.local');
    const agentId = await t.userId('agente@demo.local');
    let personId = '';
    await t.app.platform.tenant.inTenant(org, null, async (s) => {
      const [q] = await s.tx.select().from(queues).where(eq(queues.organizationId, org));
      agentName = (await s.tx.select().from(users).where(eq(users.id, agentId)))[0]!.name;
      queueId = q!.id;
      await s.tx.update(queues).set({ serviceLevelSeconds: 60 }).where(eq(queues.id, queueId));
      const [pr] = await s.tx.insert(processes).values({ organizationId: org, name: 'Instalação Painel' }).returning();
      processId = pr!.id;
      const [sp] = await s.tx
        .insert(subprocesses)
        .values({ organizationId: org, processId, name: 'Vistoria', position: 1, durationHours: 4 })
        .returning();
      subprocessId = sp!.id;
      const [person] = await s.tx
        .insert(persons)
        .values({ organizationId: org, type: 'PF', name: 'José Conceição', searchName: 'jose conceicao', document: '52998224725' })
        .returning();
      personId = person!.id;
    });
    const open = { status: 'in_progress' as const, assigneeId: agentId };
    const finished = { status: 'finished' as const };
    const sub = (due: Date) => ({ processId, subprocessId, subprocessStartedAt: plus(due, -4 * H), subprocessDueAt: due });
    demo = await seed('demo', [
      { name: 'open-today', ...open, createdAt: plus(p.today, 1000), slaDueAt: plus(now, 5 * H), personId, serviceOrderStatus: 'scheduled' },
      { name: 'open-yesterday', ...open, createdAt: plus(p.today, -1000), slaDueAt: plus(now, 5 * H), assigneeId: null },
      { name: 'open-week-in', ...open, createdAt: plus(p.week, 1000) },
      { name: 'open-week-out', ...open, createdAt: plus(p.week, -1000), addressCondo: 'Condomínio Azul' },
      { name: 'open-late', ...open, createdAt: plus(now, -30 * H), slaDueAt: plus(now, -2 * H) },
      { name: 'open-late-old', ...open, createdAt: plus(now, -300 * H), slaDueAt: plus(now, -240 * H) },
      { name: 'open-paused', ...open, createdAt: plus(now, -30 * H), slaDueAt: null, slaPausedAt: plus(now, -H) },
      { name: 'sub-late', ...open, createdAt: plus(now, -30 * H), ...sub(plus(now, -H)) },
      { name: 'sub-late-old', ...open, createdAt: plus(now, -300 * H), ...sub(plus(now, -240 * H)) },
      { name: 'sub-ontime', ...open, createdAt: plus(now, -2 * H), ...sub(plus(now, 3 * H)) },
      {
        name: 'fin-today',
        ...finished,
        createdAt: plus(p.week, -1000),
        finishedAt: plus(p.today, 1000),
        slaDueAt: plus(p.today, 2000),
        serviceOrderStatus: 'done',
      },
      { name: 'fin-d30-in-late', ...finished, createdAt: plus(p.d30, -H), finishedAt: plus(p.d30, 1000), slaDueAt: plus(p.d30, -1000) },
      { name: 'fin-d30-out', ...finished, createdAt: plus(p.d30, -2 * H), finishedAt: plus(p.d30, -1000), addressCity: null },
      // Wallboard: one waiting, one answered within 60 s today, one answered late, one abandoned.
      // "Today" is São Paulo's day: just after its midnight the answers start at midnight itself.
      { name: 'wb-waiting', status: 'waiting', queueId, enqueuedAt: plus(now, -90_000), createdAt: plus(now, -90_000) },
      { name: 'wb-fast', ...open, queueId, enqueuedAt: wb, firstResponseAt: plus(wb, 30_000) },
      { name: 'wb-slow', ...open, queueId, enqueuedAt: wb, firstResponseAt: plus(wb, 300_000) },
      { name: 'wb-abandoned', ...finished, queueId, enqueuedAt: wb, finishedAt: plus(wb, 100_000) },
    ]);
    await seed('outra', [
      { name: 'outra-open-today', status: 'in_progress', createdAt: plus(p.today, 1000), slaDueAt: plus(now, -H) },
      {
        name: 'outra-fin-today',
        status: 'finished',
        createdAt: plus(p.today, 1000),
        finishedAt: plus(p.today, 2000),
        serviceOrderStatus: 'scheduled',
      },
    ]);
    await t.app.platform.tenant.inTenant(org, null, (s) =>
      s.tx.insert(attendanceEvents).values([
        { organizationId: org, attendanceId: demo.get('open-today')!.id, type: 'taken', actorId: supervisorId, createdAt: plus(now, -60_000) },
        { organizationId: org, attendanceId: demo.get('fin-today')!.id, type: 'finished', actorId: supervisorId },
      ]),
    );
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  const page = async (view: string, query = '') => {
    const res = await sup.inject({ url: `/api/panels/${view}?pageSize=500&${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { rows: Row[]; total: number; searched: boolean; totalCapped: boolean };
  };
  const namesOf = (rows: Row[]) => rows.map((r) => String(r.nameDocument ?? '')).filter((n) => !n.startsWith('wb-'));

  it('lists the registry: every tab and view of the seed, with columns and tools', async () => {
    const res = await sup.inject({ url: '/api/panels/views' });
    const tabs = res.json().tabs as { key: string; views: { key: string; searchMode: boolean; tools: string[]; columns: { key: string }[] }[] }[];
    expect(tabs.map((x) => `${x.key}:${x.views.map((v) => v.key).join(',')}`)).toEqual([
      'open:today,week,all,sla_late,interactions,subprocess_deadlines,process_tree,synthetic',
      'late_subprocesses:d7,d15,all',
      'finished:today,week,d30,d30_address,d30_late',
      'service_orders:d30,open,d30_late,d30_address',
      'late:h24,week,d30,all',
      'search:advanced',
    ]);
    const open = tabs[0]!.views;
    expect(open.filter((v) => v.searchMode).map((v) => v.key)).toEqual(['all', 'sla_late', 'subprocess_deadlines']);
    expect(open.find((v) => v.key === 'process_tree')!.tools).not.toContain('sla.modify');
    expect(open.find((v) => v.key === 'today')!.tools).toEqual(expect.arrayContaining(['attendance.new', 'sla.modify', 'grid.export']));
  });

  // The views' contents: what must appear and what must not (other organization, wrong status, period edges).
  const cases: Array<[string, string[], string[]]> = [
    ['open/today', ['open-today'], ['open-yesterday', 'fin-today', 'outra-open-today']],
    ['open/week', ['open-today', 'open-yesterday', 'open-week-in'], ['open-week-out', 'fin-today', 'outra-open-today']],
    ['open/all', ['open-today', 'open-week-out', 'open-late-old', 'sub-ontime'], ['fin-today', 'fin-d30-in-late', 'outra-open-today']],
    ['open/sla_late', ['open-late', 'open-late-old'], ['open-today', 'open-paused', 'fin-d30-in-late', 'outra-open-today']],
    ['open/subprocess_deadlines', ['sub-late', 'sub-late-old', 'sub-ontime'], ['open-today', 'fin-today']],
    ['late_subprocesses/d7', ['sub-late'], ['sub-late-old', 'sub-ontime']],
    ['late_subprocesses/d15', ['sub-late', 'sub-late-old'], ['sub-ontime']],
    ['late_subprocesses/all', ['sub-late', 'sub-late-old'], ['sub-ontime', 'open-late']],
    ['finished/today', ['fin-today'], ['fin-d30-in-late', 'open-today', 'outra-fin-today']],
    ['finished/week', ['fin-today'], ['fin-d30-in-late']],
    ['finished/d30', ['fin-today', 'fin-d30-in-late'], ['fin-d30-out', 'open-today']],
    ['finished/d30_address', ['fin-today', 'fin-d30-in-late'], ['fin-d30-out']],
    ['finished/d30_late', ['fin-d30-in-late'], ['fin-today', 'fin-d30-out']],
    ['service_orders/d30', ['open-today', 'fin-today'], ['open-yesterday', 'outra-fin-today']],
    ['service_orders/open', ['open-today'], ['fin-today', 'outra-fin-today']],
    ['late/h24', ['open-late'], ['open-late-old', 'open-paused', 'open-today', 'outra-open-today']],
    ['late/d30', ['open-late', 'open-late-old'], ['open-paused', 'fin-today', 'fin-d30-in-late']], // its due time is 1 s before the window
    ['late/all', ['open-late', 'open-late-old', 'fin-d30-in-late'], ['open-paused', 'open-today', 'fin-today']],
  ];
  it.each(cases)('%s holds the right rows', async (view, present, absent) => {
    const names = namesOf((await page(view, 'listAll=1')).rows).map((n) => n.replace(/ - .*$/, ''));
    const label = (n: string) => (n === 'open-today' ? 'José Conceição' : n);
    for (const n of present) expect(names, `${view} should list ${n}`).toContain(label(n));
    for (const n of absent) expect(names, `${view} must not list ${n}`).not.toContain(label(n));
  });

  it('shows Nome/Documento with the formatted CPF, "Resgate", SLA state and remaining hours', async () => {
    const { rows } = await page('open/week', 'columns=nameDocument,assigneeName,slaState,remainingHours,code');
    const today = rows.find((r) => r.id === demo.get('open-today')!.id)!;
    expect(today.nameDocument).toBe('José Conceição - 529.982.247-25');
    expect(today.assigneeName).toBe(agentName);
    expect(today.slaState).toBe('on_time');
    expect(typeof today.remainingHours).toBe('number');
    expect(rows.find((r) => r.id === demo.get('open-yesterday')!.id)!.assigneeName).toBeNull();
    const late = (await page('open/sla_late', 'listAll=1')).rows.find((r) => r.id === demo.get('open-late')!.id)!;
    expect(late.slaState).toBe('late');
    expect(Number(late.remainingHours)).toBeLessThanOrEqual(0);
    const paused = (await page('open/all', 'listAll=1')).rows.find((r) => r.id === demo.get('open-paused')!.id)!;
    expect(paused.slaState).toBe('paused');
  });

  it('opens search-mode views empty until a filter or "listar todos"', async () => {
    for (const view of ['open/all', 'open/sla_late', 'open/subprocess_deadlines']) {
      const empty = await page(view);
      expect(empty).toMatchObject({ rows: [], total: 0, searched: false });
      expect((await page(view, 'listAll=1')).total).toBeGreaterThan(0);
    }
    const found = await page('open/all', `f.nameDocument=${encodeURIComponent('JOSE conceicao')}`);
    expect(found.searched).toBe(true);
    expect(found.rows.map((r) => r.id)).toEqual([demo.get('open-today')!.id]);
    // A CPF typed with its punctuation finds the same person.
    expect((await page('open/all', 'f.nameDocument=529.982')).rows.map((r) => r.id)).toEqual([demo.get('open-today')!.id]);
  });

  it('filters by each column type and rejects unknown columns or bad values', async () => {
    const ids = async (view: string, q: string) => (await page(view, `listAll=1&${q}`)).rows.map((r) => r.id);
    const code = demo.get('open-late')!.code;
    expect(await ids('open/all', `f.code=${code}`)).toEqual([demo.get('open-late')!.id]); // number
    expect(await ids('open/all', 'f.slaState=paused')).toEqual([demo.get('open-paused')!.id]); // enum
    const inCity = `f.city=${encodeURIComponent(CITY)}`;
    expect(new Set(await ids('open/all', `${inCity}&f.slaState=paused,late`))).toEqual(
      new Set(['open-paused', 'open-late', 'open-late-old'].map((n) => demo.get(n)!.id)),
    );
    const range = `${plus(p.today, 0).toISOString()}..${plus(p.today, 5000).toISOString()}`;
    expect(await ids('open/all', `f.createdAt=${encodeURIComponent(range)}`)).toEqual([demo.get('open-today')!.id]); // datetime
    expect(await ids('late/all', 'f.finished=true')).toEqual([demo.get('fin-d30-in-late')!.id]); // boolean
    expect(await ids('open/all', `f.condo=${encodeURIComponent('condominio azul')}`)).toEqual([demo.get('open-week-out')!.id]); // text, accents
    expect(await ids('open/subprocess_deadlines', 'f.remainingHours=0..10')).toEqual([demo.get('sub-ontime')!.id]); // hours
    for (const bad of ['f.nope=1', 'f.code=abc', 'f.slaState=weird', 'f.finished=maybe', 'f.createdAt=yesterday..', 'sort=password']) {
      const res = await sup.inject({ url: `/api/panels/open/all?${bad}` });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.code).toBe('PANEL_FILTER_INVALID');
    }
    expect((await sup.inject({ url: '/api/panels/open/nope' })).json().error.code).toBe('PANEL_VIEW_NOT_FOUND');
  });

  it('sorts by a whitelisted column and paginates with a total', async () => {
    const q = `f.city=${encodeURIComponent(CITY)}`;
    const asc = (await page('open/all', `${q}&sort=code&dir=asc`)).rows.map((r) => Number(r.code));
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = (await page('open/all', `${q}&sort=code&dir=desc`)).rows.map((r) => Number(r.code));
    expect(desc).toEqual([...asc].reverse());
    const first = await sup.inject({ url: `/api/panels/open/all?${q}&sort=code&dir=asc&page=1&pageSize=3` });
    const second = await sup.inject({ url: `/api/panels/open/all?${q}&sort=code&dir=asc&page=2&pageSize=3` });
    expect(first.json().total).toBe(asc.length);
    expect(second.json().total).toBe(asc.length);
    expect([...first.json().rows, ...second.json().rows].map((r: Row) => Number(r.code))).toEqual(asc.slice(0, 6));
    const byName = (await page('open/all', `${q}&sort=nameDocument&dir=asc`)).rows.map((r) => String(r.nameDocument));
    expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('lists operator interactions on open attendances only, newest first', async () => {
    const { rows } = await page('open/interactions');
    const mine = rows.filter((r) => r.id === demo.get('open-today')!.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ interaction: 'taken', actorName: expect.any(String), code: demo.get('open-today')!.code });
    expect(rows.some((r) => r.id === demo.get('fin-today')!.id)).toBe(false);
    const times = rows.map((r) => String(r.eventAt));
    expect(times).toEqual([...times].sort().reverse());
  });

  it('groups open attendances by process and subprocess', async () => {
    const tree = (await sup.inject({ url: '/api/panels/process-tree' })).json();
    const proc = tree.processes.find((x: { processId: string }) => x.processId === processId);
    expect(proc.count).toBe(3);
    const folder = proc.subprocesses[0];
    expect(folder).toMatchObject({ subprocessId, subprocessName: 'Vistoria', count: 3 });
    expect(folder.rows.map((r: { late: boolean }) => r.late)).toEqual([true, true, false]);
  });

  it('searches by protocol, code, customer, condominium and finished in period (PAN-08)', async () => {
    const adv = async (q: string) => (await sup.inject({ url: `/api/panels/search/advanced?${q}` })).json();
    expect(await adv('')).toMatchObject({ rows: [], searched: false });
    expect((await adv(`kind=code&value=${demo.get('sub-late')!.code}`)).rows.map((r: Row) => r.id)).toEqual([demo.get('sub-late')!.id]);
    expect((await adv('kind=customer&value=conceicao')).rows.map((r: Row) => r.id)).toEqual([demo.get('open-today')!.id]);
    expect((await adv('kind=condo&value=azul')).rows.map((r: Row) => r.id)).toEqual([demo.get('open-week-out')!.id]);
    const fin = await adv(`kind=finished&from=${encodeURIComponent(p.today.toISOString())}&to=${encodeURIComponent(now.toISOString())}`);
    expect(fin.rows.map((r: Row) => r.id)).toContain(demo.get('fin-today')!.id);
    expect(fin.rows.map((r: Row) => r.id)).not.toContain(demo.get('fin-d30-in-late')!.id);
    expect((await sup.inject({ url: '/api/panels/search/advanced?kind=code&value=abc' })).statusCode).toBe(400);
  });

  it('exports the filtered view as CSV for Brazilian Excel', async () => {
    const q = `f.city=${encodeURIComponent(CITY)}&f.slaState=late&sort=code&dir=asc&columns=code,nameDocument,slaState,assigneeName`;
    const res = await sup.inject({ url: `/api/panels/open/all/export?format=csv&${q}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="open-all-.*\.csv"/);
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe('\uFEFFCódigo;Nome/Documento;SLA;Resgate');
    expect(lines.slice(1, -1)).toEqual(
      [
        `${demo.get('open-late')!.code};open-late;Atrasado;${agentName}`,
        `${demo.get('open-late-old')!.code};open-late-old;Atrasado;${agentName}`,
      ].sort((a, b) => Number(a.split(';')[0]) - Number(b.split(';')[0])),
    );
    expect(lines.at(-1)).toBe('');
  });

  it('exports XLSX that opens in a spreadsheet reader with the rows', async () => {
    const res = await sup.inject({ url: `/api/panels/finished/d30/export?format=xlsx&columns=code,nameDocument,finishedAt&sort=code&dir=asc` });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    // exceljs's load() is typed for the older, non-generic Buffer.
    await book.xlsx.load(res.rawPayload as unknown as Parameters<typeof book.xlsx.load>[0]);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Código', 'Nome/Documento', 'Fechamento']);
    const names = rows.slice(1).map((r) => r[1]);
    expect(names).toEqual(expect.arrayContaining(['fin-today', 'fin-d30-in-late']));
    expect(names).not.toContain('fin-d30-out');
    const finToday = rows.find((r) => r[1] === 'fin-today')!;
    expect(finToday[0]).toBe(demo.get('fin-today')!.code);
    expect(finToday[2]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    // Sorted by code, as asked.
    const codes = rows.slice(1).map((r) => Number(r[0]));
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  it('refuses the export without the grid.export tool, and every panel route to agents', async () => {
    const agent = await t.login('agente@demo.local');
    for (const u of [
      '/api/panels/views',
      '/api/panels/open/today',
      '/api/panels/open/today/export',
      '/api/panels/wallboard',
      '/api/panels/process-tree',
    ]) {
      expect((await agent.inject({ url: u })).statusCode, u).toBe(403);
    }
    expect((await agent.inject({ method: 'POST', url: '/api/panels/pivot', payload: { rows: ['status'] } })).statusCode).toBe(403);
  });

  it('obeys "Permissões de ferramentas": no grid.export, no export (ORG-03)', async () => {
    const admin = await t.login('admin@demo.local');
    const set = (allowed: boolean) =>
      admin.inject({ method: 'PUT', url: '/api/tool-permissions', payload: { matrix: { supervisor: { 'grid.export': allowed } } } });
    expect((await set(false)).statusCode).toBe(200);
    const res = await sup.inject({ url: '/api/panels/open/today/export?format=csv' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('TOOL_FORBIDDEN');
    expect((await set(true)).statusCode).toBe(200);
    expect((await sup.inject({ url: '/api/panels/open/today/export?format=csv' })).statusCode).toBe(200);
  });

  it('computes the pivot in the database, with totals', async () => {
    const res = await sup.inject({
      method: 'POST',
      url: '/api/panels/pivot',
      payload: {
        rows: ['status'],
        columns: ['city'],
        values: [{ field: 'count', agg: 'count' }],
        from: plus(now, -400 * H).toISOString(),
        to: plus(now, H).toISOString(),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const col = body.columnKeys.findIndex((k: string[]) => k[0] === CITY);
    const count = (status: string) => body.cells[body.rowKeys.findIndex((k: string[]) => k[0] === status)]?.[col] ?? 0;
    // Created in the last 400 hours, in the test city: fin-today's creation is 7 days ago, fin-d30-* ~30 days ago (outside).
    expect(count('finished')).toBe(2); // fin-today + wb-abandoned
    expect(count('waiting')).toBe(1);
    expect(body.totals.grand).toBeGreaterThanOrEqual(count('finished') + count('waiting') + count('in_progress'));
    const bad = await sup.inject({ method: 'POST', url: '/api/panels/pivot', payload: { rows: ['password'] } });
    expect(bad.statusCode).toBe(400);
  });

  it('shows the wallboard per queue and pushes updates live to supervisors', async () => {
    const board = (await sup.inject({ url: '/api/panels/wallboard' })).json();
    const q = board.queues.find((x: { queueId: string }) => x.queueId === queueId);
    expect(q).toMatchObject({ waiting: 1, answeredToday: 2, serviceLevel: 0.5, abandonedToday: 1 });
    expect(q.longestWaitSeconds).toBeGreaterThanOrEqual(90);

    const socket = socketFor(url, sup.cookie);
    sockets.push(socket);
    await nextEvent(socket, 'connect');
    const pushed = nextEvent<{ queues: { queueId: string; waiting: number }[] }>(socket, 'wallboard.updated');
    const org = await t.orgId('demo');
    await t.app.platform.tenant.inTenant(org, null, async (s) => {
      await s.tx
        .update(attendances)
        .set({ status: 'finished', finishedAt: new Date() })
        .where(eq(attendances.id, demo.get('wb-waiting')!.id));
      // Any attendance.* event; 'attendance.updated' is what the service module emits on every write.
      await t.app.platform.events.emit(s, 'attendance.updated', { attendanceId: demo.get('wb-waiting')!.id });
    });
    const live = await pushed;
    expect(live.queues.find((x) => x.queueId === queueId)!.waiting).toBe(0);
  });

  it('counts agents online and paused per queue from presence (PAN-11)', async () => {
    const agent = await t.login('agente@demo.local');
    const queues = (await sup.inject({ url: '/api/queues' })).json().items as { id: string; name: string }[];
    const suporte = queues.find((x) => x.name === 'Suporte')!.id;
    const reasonId = ((await agent.inject({ url: '/api/pause-reasons' })).json().items as { id: string }[])[0]!.id;
    const row = async () =>
      ((await sup.inject({ url: '/api/panels/wallboard' })).json().queues as { queueId: string; agentsOnline: number; agentsPaused: number }[]).find(
        (x) => x.queueId === suporte,
      )!;
    const before = await row();
    expect(
      (await agent.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'voice_queue', targetId: suporte } })).statusCode,
    ).toBe(200);
    expect(await row()).toMatchObject({ agentsOnline: before.agentsOnline + 1, agentsPaused: before.agentsPaused });
    expect((await agent.inject({ method: 'POST', url: '/api/presence/me/voice/pause', payload: { reasonId } })).statusCode).toBe(200);
    expect(await row()).toMatchObject({ agentsOnline: before.agentsOnline, agentsPaused: before.agentsPaused + 1 });
    await agent.inject({ method: 'POST', url: '/api/presence/me/voice/resume' });
    expect(await row()).toMatchObject({ agentsOnline: before.agentsOnline + 1, agentsPaused: before.agentsPaused });
  });

  it('remembers each user’s columns per grid', async () => {
    expect((await sup.inject({ url: '/api/panels/preferences/open.today' })).json()).toEqual({ grid: 'open.today', columns: null, pivot: null });
    const put = await sup.inject({ method: 'PUT', url: '/api/panels/preferences/open.today', payload: { columns: ['code', 'protocol'] } });
    expect(put.statusCode).toBe(200);
    await sup.inject({ method: 'PUT', url: '/api/panels/preferences/open.today', payload: { pivot: { rows: ['status'] } } });
    expect((await sup.inject({ url: '/api/panels/preferences/open.today' })).json()).toEqual({
      grid: 'open.today',
      columns: ['code', 'protocol'],
      pivot: { rows: ['status'] },
    });
    const admin = await t.login('admin@demo.local');
    expect((await admin.inject({ url: '/api/panels/preferences/open.today' })).json().columns).toBeNull();
    expect((await sup.inject({ url: '/api/panels/preferences/nope.view' })).statusCode).toBe(404);
  });
});
