import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';

// SPEC ORG-03, ORG-04: starting an attendance by hand needs the user's own permission, whether it
// is the agent's "Iniciar atendimento" or the panel's "Novo atendimento"; what the console is told
// it may use (/api/auth/me, /api/tool-permissions/me) is exactly what the API accepts.
describe('starting an attendance by hand: one permission for the agent screen and the panel', () => {
  let t: TestApp;
  let admin: Session;
  let bruno: Session;

  const myTools = async (s: Session) => (await s.inject({ url: '/api/tool-permissions/me' })).json().tools as string[];
  const newFromPanel = (s: Session) =>
    s.inject({ method: 'POST', url: '/api/attendances/panel', payload: { personId: null, contactName: 'Cliente do balcão' } });
  const startFromScreen = (s: Session) => s.inject({ method: 'POST', url: '/api/attendances', payload: { personId: null } });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    bruno = await t.login('agente2@demo.local'); // an agent without "Pode iniciar atendimento"
  });
  afterAll(() => t.close());

  it('without the permission: neither screen offers it and both routes refuse it with the same code', async () => {
    expect((await bruno.inject({ url: '/api/auth/me' })).json().canStartAttendance).toBe(false);
    expect(await myTools(bruno)).not.toContain('attendance.new');
    const panel = await newFromPanel(bruno);
    expect(panel.statusCode).toBe(403);
    expect(panel.json().error.code).toBe('ATT_START_FORBIDDEN');
    const screen = await startFromScreen(bruno);
    expect(screen.statusCode).toBe(403);
    expect(screen.json().error.code).toBe('ATT_START_FORBIDDEN');
    // Nothing was created on the way.
    expect((await bruno.inject({ url: '/api/attendances' })).json().items).toEqual([]);
  });

  it('once an admin grants it, both screens offer it and both routes accept it', async () => {
    const grant = await admin.inject({ method: 'PATCH', url: `/api/users/${bruno.me.id}`, payload: { canStartAttendance: true } });
    expect(grant.statusCode, grant.body).toBe(200);
    expect((await bruno.inject({ url: '/api/auth/me' })).json().canStartAttendance).toBe(true);
    expect(await myTools(bruno)).toContain('attendance.new');
    expect((await newFromPanel(bruno)).statusCode).toBe(201);
    expect((await startFromScreen(bruno)).statusCode).toBe(201);
  });

  it('the role still decides the panel tool: disabled for agents, the permission alone does not open it', async () => {
    const off = await admin.inject({ method: 'PUT', url: '/api/tool-permissions', payload: { matrix: { agent: { 'attendance.new': false } } } });
    expect(off.statusCode, off.body).toBe(200);
    expect(await myTools(bruno)).not.toContain('attendance.new');
    const panel = await newFromPanel(bruno);
    expect(panel.statusCode).toBe(403);
    expect(panel.json().error.code).toBe('TOOL_FORBIDDEN');
  });
});
