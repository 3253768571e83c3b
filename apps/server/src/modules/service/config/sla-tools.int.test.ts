import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../../platform/db/tenant.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { originIdForChannelType, requireTool, resolveSlaPolicy, slaReasonById, subprocessesOf, toolOverrides } from './api.js';

type Item = { id: string; name: string; [k: string]: unknown };

// SPEC PAN-04 SLA policies, ORG-03 tool permissions, and what the configuration answers the rest
// of the service module (api.ts).
describe('SLA policies, tool permissions and the configuration api', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let outra: Session;
  let demo: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ start: false });
    // A route guarded the way the panel tools are (SPEC PAN-10), to see requireTool over HTTP.
    t.app.post('/api/test/sla-tool', { preHandler: requireTool('sla.modify') }, async () => ({ ok: true }));
    await t.app.platform.start();
    [admin, agent, outra] = await Promise.all([t.login('admin@demo.local'), t.login('agente@demo.local'), t.login('admin@outra.local')]);
    demo = await t.orgId('demo');
    const get = async (url: string) => (await admin.inject({ url })).json().items as Item[];
    for (const c of await get('/api/classifications')) ids[`${c.kind}:${c.name}`] = c.id;
    for (const p of await get('/api/processes')) ids[p.name] = p.id;
  });
  afterAll(() => t.close());

  const inDemo = <T>(fn: (s: Scope) => Promise<T>) => t.app.platform.tenant.inTenant(demo, null, fn);
  const code = (res: { json(): { error?: { code: string } } }) => res.json().error?.code;
  const policies = async (s: Session) => (await s.inject({ url: '/api/sla-policies' })).json().items as Item[];

  it('seeds the Demo policies with their scope names', async () => {
    const byName = Object.fromEntries((await policies(agent)).map((p) => [p.name, p]));
    expect(byName['Padrão']).toMatchObject({ classificationId: null, processId: null, resolutionMinutes: 1440, mode: 'business', active: true });
    expect(byName['Sem conexão']).toMatchObject({ classificationName: 'Sem conexão', processId: null, resolutionMinutes: 480, mode: 'business' });
    expect(byName['Financeiro']).toMatchObject({ classificationId: null, processName: 'Financeiro', resolutionMinutes: 2880, mode: 'calendar' });
  });

  it('resolves the most specific active policy', async () => {
    const semConexao = ids['opening:Sem conexão']!;
    const lentidao = ids['opening:Lentidão']!;
    const financeiro = ids['Financeiro']!;
    const resolve = (classificationId: string | null, processId: string | null) =>
      inDemo((s) => resolveSlaPolicy(s, { classificationId, processId }));
    expect(await resolve(null, null)).toMatchObject({ name: 'Padrão', resolutionMinutes: 1440, mode: 'business' });
    expect(await resolve(lentidao, null)).toMatchObject({ name: 'Padrão' });
    expect(await resolve(semConexao, null)).toMatchObject({ name: 'Sem conexão', resolutionMinutes: 480 });
    expect(await resolve(null, financeiro)).toMatchObject({ name: 'Financeiro', mode: 'calendar' });
    // Classification beats process; classification + process beats both.
    expect(await resolve(semConexao, financeiro)).toMatchObject({ name: 'Sem conexão' });
    const both = await admin.inject({
      method: 'POST',
      url: '/api/sla-policies',
      payload: { name: 'Sem conexão no financeiro', classificationId: semConexao, processId: financeiro, resolutionMinutes: 60 },
    });
    expect(both.statusCode, both.body).toBe(201);
    expect(both.json()).toMatchObject({ classificationName: 'Sem conexão', processName: 'Financeiro', mode: 'business', active: true });
    expect(await resolve(semConexao, financeiro)).toMatchObject({ id: both.json().id, resolutionMinutes: 60 });
    // An inactive policy is ignored: the next one in precedence applies.
    expect((await admin.inject({ method: 'PATCH', url: `/api/sla-policies/${both.json().id}`, payload: { active: false } })).json().active).toBe(
      false,
    );
    expect(await resolve(semConexao, financeiro)).toMatchObject({ name: 'Sem conexão' });
  });

  it('refuses a second active policy for a scope, bad durations and foreign or closing scopes', async () => {
    const post = (payload: Record<string, unknown>) =>
      admin.inject({ method: 'POST', url: '/api/sla-policies', payload: { name: 'Nova', resolutionMinutes: 60, ...payload } });
    expect(code(await post({}))).toBe('SLA_POLICY_TAKEN');
    expect(code(await post({ classificationId: ids['opening:Sem conexão'] }))).toBe('SLA_POLICY_TAKEN');
    expect((await post({ active: false })).statusCode).toBe(201); // inactive policies may share a scope
    expect(code(await post({ resolutionMinutes: 0, classificationId: ids['opening:Dúvida'] }))).toBe('VALIDATION_FAILED');
    expect(code(await post({ resolutionMinutes: 525_601, classificationId: ids['opening:Dúvida'] }))).toBe('VALIDATION_FAILED');
    expect(code(await post({ classificationId: ids['closing:Problema resolvido'] }))).toBe('CLASSIFICATION_NOT_FOUND');
    expect(code(await post({ classificationId: '00000000-0000-4000-8000-000000000000' }))).toBe('CLASSIFICATION_NOT_FOUND');
    expect(code(await post({ processId: '00000000-0000-4000-8000-000000000000' }))).toBe('PROCESS_NOT_FOUND');

    const duvida = await post({ name: 'Dúvida', classificationId: ids['opening:Dúvida'], resolutionMinutes: 525_600, mode: 'calendar' });
    expect(duvida.statusCode, duvida.body).toBe(201);
    const padrao = (await policies(admin)).find((p) => p.name === 'Padrão')!;
    const patch = (id: string, payload: Record<string, unknown>) => admin.inject({ method: 'PATCH', url: `/api/sla-policies/${id}`, payload });
    expect(code(await patch(duvida.json().id, { classificationId: null }))).toBe('SLA_POLICY_TAKEN');
    expect(code(await patch(duvida.json().id, { processId: ids['Comercial'] }))).toBeUndefined();
    expect((await patch(padrao.id, { resolutionMinutes: 720, name: 'Padrão (12 h)' })).json()).toMatchObject({
      resolutionMinutes: 720,
      name: 'Padrão (12 h)',
    });
    expect(code(await patch('00000000-0000-4000-8000-000000000000', { active: false }))).toBe('SLA_POLICY_NOT_FOUND');

    expect(
      (
        await agent.inject({
          method: 'POST',
          url: '/api/sla-policies',
          payload: { name: 'Do agente', resolutionMinutes: 1, classificationId: ids['opening:Lentidão'] },
        })
      ).statusCode,
    ).toBe(403);
    expect((await agent.inject({ method: 'PATCH', url: `/api/sla-policies/${padrao.id}`, payload: { active: false } })).statusCode).toBe(403);
    expect(await policies(outra)).toEqual([]);
    expect(code(await outra.inject({ method: 'PATCH', url: `/api/sla-policies/${padrao.id}`, payload: { active: false } }))).toBe(
      'SLA_POLICY_NOT_FOUND',
    );
    expect(
      code(
        await outra.inject({ method: 'POST', url: '/api/sla-policies', payload: { name: 'X', resolutionMinutes: 1, processId: ids['Financeiro'] } }),
      ),
    ).toBe('PROCESS_NOT_FOUND');
  });

  it('answers subprocesses, SLA reasons and channel origins to the service module', async () => {
    const subs = await inDemo((s) => subprocessesOf(s, ids['Suporte técnico']!));
    expect(subs.map((x) => [x.name, x.position, x.durationHours])).toEqual([
      ['Triagem', 1, 4],
      ['Diagnóstico', 2, 24],
      ['Visita técnica', 3, 48],
    ]);
    await admin.inject({ method: 'PATCH', url: `/api/subprocesses/${subs[1]!.id}`, payload: { active: false } });
    expect((await inDemo((s) => subprocessesOf(s, ids['Suporte técnico']!))).map((x) => x.name)).toEqual(['Triagem', 'Visita técnica']);

    const reason = ((await admin.inject({ url: '/api/sla-reasons?type=pause' })).json().items as Item[])[0]!;
    expect(await inDemo((s) => slaReasonById(s, reason.id))).toEqual({ id: reason.id, name: reason.name, type: 'pause', active: true });
    expect(await inDemo((s) => slaReasonById(s, '00000000-0000-4000-8000-000000000000'))).toBeNull();

    const origins = Object.fromEntries(((await admin.inject({ url: '/api/contact-origins' })).json().items as Item[]).map((o) => [o.key, o.id]));
    const origin = (type: string) => inDemo((s) => originIdForChannelType(s, type));
    expect(await origin('whatsapp')).toBe(origins.whatsapp);
    expect(await origin('voice')).toBe(origins.phone);
    expect(await origin('api')).toBe(origins.other);
    expect(await origin('webchat')).toBe(origins.webchat);
    expect(await origin('manual')).toBeNull();
    await admin.inject({ method: 'PATCH', url: `/api/contact-origins/${origins.webchat}`, payload: { active: false } });
    expect(await origin('webchat')).toBeNull();
    // Outra's own origins, never Demo's.
    expect(await t.app.platform.tenant.inTenant(await t.orgId('outra'), null, (s) => originIdForChannelType(s, 'whatsapp'))).not.toBe(
      origins.whatsapp,
    );
  });

  it('shows the tool matrix with defaults; an admin changes it and requireTool follows', async () => {
    const matrix = (await agent.inject({ url: '/api/tool-permissions' })).json();
    expect(matrix.roles).toEqual(['admin', 'supervisor', 'agent']);
    expect(matrix.tools).toContain('sla.modify');
    expect(matrix.matrix.agent).toMatchObject({ 'sla.modify': false, 'grid.export': false, 'attendance.new': true });
    expect(matrix.matrix.supervisor['sla.modify']).toBe(true);
    expect((await agent.inject({ url: '/api/tool-permissions/me' })).json().tools).not.toContain('sla.modify');

    const guarded = (s: Session) => s.inject({ method: 'POST', url: '/api/test/sla-tool', payload: {} });
    const denied = await guarded(agent);
    expect(denied.statusCode).toBe(403);
    expect(code(denied)).toBe('TOOL_FORBIDDEN');
    expect((await guarded(admin)).statusCode).toBe(200);

    const put = (s: Session, m: unknown) => s.inject({ method: 'PUT', url: '/api/tool-permissions', payload: { matrix: m } });
    expect((await put(agent, { agent: { 'sla.modify': true } })).statusCode).toBe(403);
    expect(code(await put(admin, { agent: { 'sla.fly': true } }))).toBe('VALIDATION_FAILED');
    expect(code(await put(admin, { robot: { 'sla.modify': true } }))).toBe('VALIDATION_FAILED');
    const saved = await put(admin, { agent: { 'sla.modify': true, 'attendance.new': false }, supervisor: { 'grid.export': false } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().matrix.agent).toMatchObject({ 'sla.modify': true, 'attendance.new': false, 'grid.export': false });
    expect(saved.json().matrix.supervisor['grid.export']).toBe(false);

    expect((await guarded(agent)).statusCode).toBe(200);
    const mine = (await agent.inject({ url: '/api/tool-permissions/me' })).json().tools;
    expect(mine).toContain('sla.modify');
    expect(mine).not.toContain('attendance.new');
    expect(await inDemo(toolOverrides)).toEqual(expect.arrayContaining([{ role: 'agent', tool: 'sla.modify', allowed: true }]));

    // Saving again updates in place; Outra keeps its defaults.
    expect((await put(admin, { agent: { 'sla.modify': false } })).json().matrix.agent['sla.modify']).toBe(false);
    expect((await guarded(agent)).statusCode).toBe(403);
    expect((await outra.inject({ url: '/api/tool-permissions' })).json().matrix.supervisor['grid.export']).toBe(true);
  });
});
