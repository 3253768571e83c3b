import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { configureMail } from '../../../test/fakes/mail-setup.js';
import { startSmtpInbox, type SmtpInbox } from '../../../test/fakes/smtp-inbox.js';

type Item = { id: string; title: string };

// SPEC KB-03: a reply to the customer by e-mail, recorded on the request.
describe('replying to a request by e-mail', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let agent: Session;
  let withEmail: { id: string; protocol: string };
  let withoutEmail: { id: string };

  const register = async (person: object) => {
    const created = (await agent.inject({ method: 'POST', url: '/api/persons', payload: person })).json();
    const started = (await agent.inject({ method: 'POST', url: '/api/attendances', payload: { personId: created.id } })).json();
    const type = ((await agent.inject({ url: '/api/knowledge/tree' })).json().items as Item[]).find((i) => i.title === 'Visita técnica')!;
    const reg = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${started.id}/requests`,
      payload: { requestTypeId: type.id, description: 'Sem sinal' },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    return reg.json();
  };
  const reply = (id: string, body: string, via = 'email') =>
    agent.inject({ method: 'POST', url: `/api/requests/${id}/comments`, payload: { body, via } });

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await createTestApp({ config: { allowPrivateTargets: true } });
    agent = await t.login('agente@demo.local');
    withEmail = await register({ type: 'PF', name: 'João Cliente', document: '529.982.247-25', emails: ['joao@exemplo.com.br'] });
    withoutEmail = await register({ type: 'PF', name: 'Sem Email', document: '111.444.777-35' });
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  it('offers "E-mail" only with SMTP set and an e-mail on file, and refuses it otherwise', async () => {
    expect((await agent.inject({ url: `/api/requests/${withEmail.id}` })).json().emailReply).toEqual({ available: false, to: 'joao@exemplo.com.br' });
    expect((await reply(withEmail.id, 'Olá')).json().error.code).toBe('MAIL_NOT_CONFIGURED');
    await configureMail(await t.login('admin@demo.local'), inbox);
    expect((await agent.inject({ url: `/api/requests/${withEmail.id}` })).json().emailReply).toEqual({ available: true, to: 'joao@exemplo.com.br' });
    const none = await reply(withoutEmail.id, 'Olá');
    expect([none.statusCode, none.json().error.code]).toEqual([409, 'PERSON_NO_EMAIL']);
    // Nothing was recorded for the refused replies.
    expect((await agent.inject({ url: `/api/requests/${withoutEmail.id}` })).json().comments).toEqual([]);
  });

  it('sends the reply to the person and records it on the request; an internal comment stays internal', async () => {
    const res = await reply(withEmail.id, 'A visita técnica está marcada para amanhã.');
    expect(res.statusCode, res.body).toBe(201);
    const mail = await inbox.received.next(15_000);
    expect(mail.to).toEqual(['joao@exemplo.com.br']);
    expect(mail.subject).toBe(`Resposta à sua solicitação ${withEmail.protocol}`);
    expect(mail.text).toContain('A visita técnica está marcada para amanhã.');
    await reply(withEmail.id, 'Só para a equipe', 'comment');
    const comments = (await agent.inject({ url: `/api/requests/${withEmail.id}` })).json().comments;
    expect(
      comments.map((c: { body: string; deliveredVia: string | null; deliveredTo: string | null }) => [c.body, c.deliveredVia, c.deliveredTo]),
    ).toEqual([
      ['A visita técnica está marcada para amanhã.', 'email', 'joao@exemplo.com.br'],
      ['Só para a equipe', null, null],
    ]);
  });
});
