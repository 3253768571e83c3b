// SPEC WS-09, WS-10, ATT-01…ATT-10, PER-01…PER-04: the agent's attendance screen, driven by
// accessible names in Chromium. The web-chat visitor speaks the widget's HTTP API (harness.ts).
// The tests of the first block follow one conversation from offer to survey, in order.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, cuttableWebSockets, loginAs, startVisitor, systemNotice, webchatChannel, type Session, type Visitor } from './harness.js';

// One conversation runs through the tests in order: profiles stay open until the file ends.
const { login, open, server } = browserSuite({ pages: 'file' });
let channelToken: string;

beforeAll(async () => {
  channelToken = (await webchatChannel(server())).token;
});

// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

// Mantine draws the switch's track over its (visually hidden) input: click where the user would.
const toggle = (control: Locator) => control.click({ force: true });

type Agent = Session & { sockets: Awaited<ReturnType<typeof cuttableWebSockets>> };
let aliceSession: Agent | undefined;
let bruno: Session | undefined;

/** Alice (agente@demo.local) logged into the WebChat channel, so web-chat offers reach her. */
async function alice(): Promise<Agent> {
  if (aliceSession) return aliceSession;
  const opened = await open();
  const session = { ...opened, sockets: await cuttableWebSockets(opened.context) };
  const { page } = session;
  await loginAs(page, 'agente@demo.local');
  await page.locator('[data-realtime="connected"]').waitFor();
  await page.getByRole('button', { name: 'Canais de chat', exact: true }).click();
  await toggle(page.getByRole('dialog', { name: 'Canais de chat' }).getByRole('switch', { name: 'WebChat' }));
  await page.getByRole('button', { name: 'Canais de chat', exact: true }).filter({ hasText: 'Online' }).waitFor();
  await page.keyboard.press('Escape');
  aliceSession = session;
  return session;
}

/** "Atendimento" from the left menu; `fresh` loads it anew instead (whatever an earlier test left open). */
async function openAttendanceScreen(page: Page, fresh = false): Promise<void> {
  if (fresh) await page.goto('/attendances');
  else await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Atendimento' }).click();
  await page.getByRole('tab', { name: 'Atendimento', selected: true }).waitFor();
  await page.locator('[data-realtime="connected"]').waitFor();
}

const list = (page: Page) => page.getByRole('navigation', { name: 'Meus atendimentos' });
const conversation = (page: Page) => page.getByRole('log', { name: 'Conversa' });
const sideTab = (page: Page, name: string) => page.getByRole('tablist', { name: 'Dados do atendimento' }).getByRole('tab', { name });

async function send(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Mensagem' }).fill(text);
  await page.getByRole('button', { name: 'Enviar' }).click();
}

describe('one web-chat conversation, from offer to survey', () => {
  let agent: Agent;
  let page: Page;
  let visitor: Visitor;
  let item: Locator;
  let protocol = '';

  beforeAll(async () => {
    agent = await alice();
    page = agent.page;
    await openAttendanceScreen(page);
  });

  it('shows a new offer live with the WebChat icon, the name, the waiting time and a notice (ATT-03, WS-10)', async () => {
    await page.getByText('Nenhum atendimento no momento.').waitFor();
    visitor = await startVisitor(server().url, channelToken, { name: 'Maria Souza', email: 'maria@example.com' });
    item = list(page).getByRole('link', { name: /Maria Souza/ });
    await item.waitFor();
    await item.getByRole('img', { name: 'WebChat' }).waitFor();
    expect(await item.textContent()).toMatch(/Tempo de espera\s*\d\d:\d\d:\d\d/);
    // The in-app side of the notification (the system one needs a permission headless Chromium lacks).
    await page.getByRole('alert').filter({ hasText: 'Novo atendimento' }).filter({ hasText: 'Maria Souza' }).first().waitFor();

    await visitor.send('<img src=x onerror="window.__pwned=1">oi');
    await item.getByText('1 mensagem não lida').waitFor();
  });

  it('shows what the visitor typed as text, never as markup (ATT-05)', async () => {
    await item.click();
    await page.getByRole('heading', { name: 'Maria Souza' }).waitFor();
    await page.getByText('Protocolo gerado na primeira resposta').waitFor();
    await conversation(page).getByText('<img src=x onerror="window.__pwned=1">oi', { exact: true }).waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await conversation(page).locator('img').count()).toBe(0);
    await item.getByText('1 mensagem não lida').waitFor({ state: 'detached' });
  });

  it('shows the visitor typing, and lets the visitor see the agent typing (ATT-05)', async () => {
    const live = await visitor.live();
    try {
      live.typing();
      await page.getByText('Maria Souza digitando…').waitFor();
      const heard = live.agentTyping();
      await page.getByRole('textbox', { name: 'Mensagem' }).pressSequentially('Um momento');
      expect(await heard).toBe('Alice Agente');
      await page.getByRole('textbox', { name: 'Mensagem' }).fill('');
    } finally {
      live.close();
    }
  });

  it('issues the protocol on the first reply and the visitor receives both (ATT-01)', async () => {
    // Shift+Enter breaks the line; Enter sends.
    const box = page.getByRole('textbox', { name: 'Mensagem' });
    await box.fill('Olá!');
    await box.press('Shift+Enter');
    expect(await box.inputValue()).toBe('Olá!\n');
    await box.press('Backspace');
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('');
    const header = page.getByText(/^Protocolo: \d{4}-\d{10}$/);
    await header.waitFor();
    protocol = ((await header.textContent()) ?? '').replace('Protocolo: ', '');
    await conversation(page).getByText(`Protocolo ${protocol} gerado e enviado ao cliente.`, { exact: false }).waitFor();

    const seen = await visitor.messages();
    expect(seen.some((m) => systemNotice(m)?.code === 'protocol' && systemNotice(m)?.protocol === protocol)).toBe(true);
    expect(seen.some((m) => m.authorKind === 'agent' && m.body === 'Olá!')).toBe(true);
  });

  it('keeps internal notes inside the team (ATT-05)', async () => {
    const note = page.getByRole('switch', { name: 'Nota interna' });
    await toggle(note);
    await send(page, 'Cliente pediu retorno amanhã');
    const shown = conversation(page).locator('[data-kind="note"]').filter({ hasText: 'Cliente pediu retorno amanhã' });
    await shown.waitFor();
    expect(await shown.textContent()).toContain('Nota interna');
    await toggle(note);
    await expect.poll(() => note.isChecked()).toBe(false);

    const seen = await visitor.messages();
    expect(seen.some((m) => m.body.includes('Cliente pediu retorno amanhã'))).toBe(false);
  });

  it('sends an image that shows as a thumbnail, and refuses other files (ATT-05)', async () => {
    const attach = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Anexar arquivo' }).click()]);
      await chooser.setFiles(file);
    };
    await attach({ name: 'pagina.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') });
    await page.getByRole('alert').filter({ hasText: 'Envie imagens ou PDF de até 10 MB.' }).waitFor();
    await attach({ name: 'diagnostico.png', mimeType: 'image/png', buffer: PNG });
    const image = conversation(page).getByRole('img', { name: 'diagnostico.png' });
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await expect.poll(async () => (await visitor.messages()).some((m) => m.attachment?.fileName === 'diagnostico.png')).toBe(true);
  });

  it('registers a person with a checked CPF, links them and shows them in "Resumo" (PER-02, PER-03)', async () => {
    await sideTab(page, 'Pessoa').click();
    await page.getByRole('button', { name: 'Cadastrar pessoa' }).click();
    const form = page.getByRole('dialog', { name: 'Cadastrar pessoa' });
    // Pre-filled with what the web chat told about the contact.
    expect(await form.getByRole('textbox', { name: 'Nome' }).inputValue()).toBe('Maria Souza');
    expect(await form.getByRole('textbox', { name: 'E-mail 1' }).inputValue()).toBe('maria@example.com');

    await form.getByRole('textbox', { name: 'CPF/CNPJ' }).fill('123.456.789-00');
    await form.getByRole('textbox', { name: 'Telefone 1' }).fill('(11) 98765-4321');
    await form.getByRole('group', { name: 'Endereço 1' }).getByRole('textbox', { name: 'CEP' }).fill('123');
    await form.getByRole('button', { name: 'Salvar' }).click();
    await form.getByText('CPF inválido. Confira os dígitos.').waitFor();
    await form.getByText('O CEP deve ter 8 dígitos.').waitFor();

    await form.getByRole('textbox', { name: 'CPF/CNPJ' }).fill('52998224725');
    const address = form.getByRole('group', { name: 'Endereço 1' });
    await address.getByRole('textbox', { name: 'CEP' }).fill('01310-100');
    await address.getByRole('textbox', { name: 'Logradouro' }).fill('Avenida Paulista');
    await address.getByRole('textbox', { name: 'Número' }).fill('1000');
    await address.getByRole('textbox', { name: 'Cidade' }).fill('São Paulo');
    await address.getByRole('combobox', { name: 'UF' }).fill('SP');
    await page.getByRole('option', { name: 'SP', exact: true }).click();
    await form.getByRole('button', { name: 'Salvar' }).click();
    await form.waitFor({ state: 'hidden' });

    const result = page.getByRole('list', { name: 'Pessoas encontradas' }).getByRole('listitem', { name: 'Maria Souza' });
    expect(await result.textContent()).toContain('529.982.247-25');
    await result.getByRole('button', { name: 'Vincular' }).click();

    await sideTab(page, 'Resumo')
      .and(page.getByRole('tab', { selected: true }))
      .waitFor();
    const summary = page.getByRole('tabpanel', { name: 'Resumo' });
    await summary.getByText('Pessoa vinculada', { exact: true }).waitFor();
    await summary.getByText('529.982.247-25').waitFor();
    await summary.getByText('(11) 98765-4321').waitFor();

    await sideTab(page, 'Eventos').click();
    await page.getByRole('tabpanel', { name: 'Eventos' }).getByText('Pessoa vinculada').waitFor();
    await sideTab(page, 'Histórico').click();
    await page.getByRole('tabpanel', { name: 'Histórico' }).getByText(protocol).waitFor();
  });

  it('loses nothing to a network loss: the missed messages appear once, in order, after reconnecting', async () => {
    await agent.context.setOffline(true);
    await agent.sockets.cut(); // going offline does not close WebSockets by itself
    await page.locator('[data-realtime="disconnected"]').waitFor();
    await visitor.send('Primeira enquanto offline');
    await visitor.send('Segunda enquanto offline');
    const log = conversation(page);
    expect(await log.getByText('enquanto offline').count()).toBe(0);
    agent.sockets.restore();
    await agent.context.setOffline(false);
    await page.locator('[data-realtime="connected"]').waitFor();
    await log.getByText('Segunda enquanto offline').waitFor();
    const seqs = await log.locator('[data-seq]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-seq'))));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    const texts = await log.locator('[data-seq]').allTextContents();
    const first = texts.findIndex((t) => t.includes('Primeira enquanto offline'));
    const second = texts.findIndex((t) => t.includes('Segunda enquanto offline'));
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(texts.filter((t) => t.includes('enquanto offline'))).toHaveLength(2);
  });

  it('finishes with a classification; the customer gets the survey and rates it (ATT-07, ATT-08, ATT-09)', async () => {
    await page.getByRole('button', { name: 'Finalizar', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Finalizar atendimento' });
    const summary = dialog.getByRole('region', { name: 'Resumo do atendimento' });
    expect(await summary.textContent()).toContain(protocol);
    expect(await summary.textContent()).toContain('Maria Souza');
    await dialog.getByRole('button', { name: 'Finalizar' }).click();
    await dialog.getByText('Informe a classificação de encerramento.').waitFor();
    await dialog.getByRole('combobox', { name: 'Classificação de encerramento' }).click();
    await page.getByRole('option', { name: 'Dúvida esclarecida' }).click();
    await dialog.getByRole('textbox', { name: 'Comentário' }).fill('Orientada sobre a segunda via.');
    await dialog.getByRole('button', { name: 'Finalizar' }).click();
    await page.getByText('Atendimento finalizado com sucesso').waitFor();
    await item.waitFor({ state: 'detached' });

    const finished = (await visitor.messages()).map(systemNotice).find((n) => n?.code === 'finished');
    expect(finished?.protocol).toBe(protocol);
    const surveyToken = String(finished?.surveyToken ?? '');
    expect(surveyToken).not.toBe('');

    const customer = await open();
    const survey = customer.page;
    await survey.goto(`/avaliacao/${surveyToken}`);
    await survey.getByText(`Demo · Protocolo ${protocol}`).waitFor();
    await survey.getByRole('button', { name: 'Enviar avaliação' }).click();
    await survey.getByRole('alert').filter({ hasText: 'Escolha uma nota de 1 a 5 estrelas.' }).waitFor();
    await survey.getByRole('button', { name: '5 estrelas' }).click();
    await expect.poll(() => survey.getByRole('button', { name: '5 estrelas' }).getAttribute('aria-pressed')).toBe('true');
    await survey.getByRole('textbox', { name: 'Comentário' }).fill('Muito atenciosa!');
    await survey.getByRole('button', { name: 'Enviar avaliação' }).click();
    await survey.getByRole('heading', { name: 'Obrigado pela sua avaliação!' }).waitFor();
    await survey.reload();
    await survey.getByText('Este atendimento já foi avaliado.').waitFor();
    await survey.goto('/avaliacao/nao-existe-este-token-de-avaliacao');
    await survey.getByRole('heading', { name: 'Avaliação não encontrada' }).waitFor();

    await page.getByRole('tab', { name: 'Histórico' }).first().click();
    const row = page.getByRole('row').filter({ hasText: protocol });
    await row.getByRole('img', { name: '5 estrelas' }).waitFor();
    expect(await row.textContent()).toMatch(/Maria Souza[\s\S]*WebChat[\s\S]*Dúvida esclarecida/);

    await row.getByRole('link', { name: `Abrir atendimento ${protocol}` }).click();
    await conversation(page).getByText('Olá!', { exact: true }).waitFor();
    await page.getByText('Transcrição somente leitura.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Mensagem' }).count()).toBe(0);
    await sideTab(page, 'Eventos').click();
    await page.getByRole('tabpanel', { name: 'Eventos' }).getByText('Finalizado: Dúvida esclarecida').waitFor();
    await page.getByRole('tabpanel', { name: 'Eventos' }).getByText('Avaliado pelo cliente: 5 de 5').waitFor();
  });
});

describe('transfer and manual start', () => {
  it('transfers to another agent with a comment; it leaves one list and reaches the other live (ATT-06)', async () => {
    const page = (await alice()).page;
    bruno = await login('agente2@demo.local');
    await openAttendanceScreen(bruno.page);
    await openAttendanceScreen(page, true);

    await startVisitor(server().url, channelToken, { name: 'Carlos Lima' });
    const item = list(page).getByRole('link', { name: /Carlos Lima/ });
    await item.click();
    await page.getByRole('heading', { name: 'Carlos Lima' }).waitFor();
    await page.getByRole('button', { name: 'Transferir', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Transferir atendimento' });
    await dialog.getByRole('combobox', { name: 'Agente' }).fill('Bruno');
    await page.getByRole('option', { name: 'Bruno Agente' }).click();
    await dialog.getByRole('textbox', { name: 'Comentário' }).fill('Cliente quer falar sobre a fatura');
    await dialog.getByRole('button', { name: 'Transferir' }).click();
    await page.getByText('Atendimento transferido.').waitFor();
    await item.waitFor({ state: 'detached' });

    const other = bruno.page;
    const received = list(other).getByRole('link', { name: /Carlos Lima/ });
    await received.waitFor();
    await other.getByRole('alert').filter({ hasText: 'Novo atendimento' }).filter({ hasText: 'Carlos Lima' }).first().waitFor();
    await received.click();
    await conversation(other).getByText('Transferido com o comentário: “Cliente quer falar sobre a fatura”', { exact: false }).waitFor();
    await sideTab(other, 'Eventos').click();
    await other.getByRole('tabpanel', { name: 'Eventos' }).getByText('Transferido para Bruno Agente').waitFor();
  });

  it('starts an attendance for a searched person, and offers it only to users with the permission (ATT-01, ATT-04, ORG-04)', async () => {
    const page = (await alice()).page;
    await openAttendanceScreen(page, true);
    await page.getByRole('button', { name: 'Iniciar atendimento' }).click();
    const dialog = page.getByRole('dialog', { name: 'Iniciar atendimento' });
    await dialog.getByRole('searchbox', { name: 'Pesquisar pessoas' }).fill('52998224725');
    await dialog.getByRole('listitem', { name: 'Maria Souza' }).getByRole('button', { name: 'Iniciar atendimento para Maria Souza' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Maria Souza' }).waitFor();
    await page.getByText(/^Protocolo: \d{4}-\d{10}$/).waitFor();
    const started = list(page).getByRole('link', { name: /Maria Souza/ });
    await started.getByRole('img', { name: 'Iniciado manualmente' }).waitFor();
    await page.getByRole('tabpanel', { name: 'Resumo' }).getByText('529.982.247-25').waitFor();
    // The header shows the protocol: the empty conversation must not promise one from the first message.
    await conversation(page).getByText('O protocolo foi gerado quando o atendimento foi iniciado', { exact: false }).waitFor();
    expect(await conversation(page).getByText('gerar o protocolo', { exact: false }).count()).toBe(0);

    // Without the permission the button is not offered (the API refuses it too: manual-start.int.test.ts).
    bruno ??= await login('agente2@demo.local');
    await openAttendanceScreen(bruno.page, true);
    await list(bruno.page).waitFor();
    expect(await bruno.page.getByRole('button', { name: 'Iniciar atendimento' }).count()).toBe(0);
  });

  it('names the attendance after the linked person and opens the person’s other attendances read-only (PER-04, ATT-09)', async () => {
    // Bruno holds Carlos Lima's chat (transferred above); Maria Souza's attendances were served by Alice.
    bruno ??= await login('agente2@demo.local');
    const page = bruno.page;
    await openAttendanceScreen(page, true);
    await list(page)
      .getByRole('link', { name: /Carlos Lima/ })
      .click();
    await page.getByRole('heading', { name: 'Carlos Lima' }).waitFor();
    const own = new URL(page.url()).pathname;
    await sideTab(page, 'Pessoa').click();
    await page.getByRole('searchbox', { name: 'Pesquisar pessoas' }).fill('52998224725');
    await page
      .getByRole('list', { name: 'Pessoas encontradas' })
      .getByRole('listitem', { name: 'Maria Souza' })
      .getByRole('button', { name: 'Vincular' })
      .click();
    // The registered name comes first, in the header and in the list.
    await page.getByRole('heading', { name: 'Maria Souza' }).waitFor();
    await list(page)
      .getByRole('link', { name: /Maria Souza/ })
      .waitFor();

    await sideTab(page, 'Histórico').click();
    const history = page.getByRole('tabpanel', { name: 'Histórico' });
    const past = history
      .getByRole('link', { name: /^Abrir atendimento \d{4}-\d{10} \(somente leitura\)$/ })
      .filter({ hasText: 'Dúvida esclarecida' });
    await past.click();
    await page.getByText('Somente leitura', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Maria Souza' }).waitFor();
    await conversation(page).getByText('Olá!', { exact: true }).waitFor();
    await page.getByText('Transcrição somente leitura.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Mensagem' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Finalizar', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Transferir', exact: true }).count()).toBe(0);
    await sideTab(page, 'Eventos').click();
    const events = page.getByRole('tabpanel', { name: 'Eventos' });
    await events.getByText('Finalizado: Dúvida esclarecida').waitFor();
    expect(await events.getByRole('listitem').filter({ hasText: 'Pessoa vinculada' }).first().textContent()).toMatch(
      /por Alice Agente · \d{2}\/\d{2}\/\d{4}/,
    );

    await page.getByRole('link', { name: 'Voltar ao atendimento' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(own);
    await page.getByRole('textbox', { name: 'Mensagem' }).waitFor();
  });
});

describe('in English', () => {
  it('labels the attendance screen and the survey page in English', async () => {
    const { page } = await login('admin@demo.local');
    await page.getByRole('button', { name: 'Menu do usuário' }).click();
    await page.getByRole('menuitem', { name: 'Idioma' }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Attendance', exact: true }).click();
    await page.getByRole('tab', { name: 'Attendance', selected: true }).waitFor();
    await page.getByRole('tab', { name: 'History' }).waitFor();
    await page.getByRole('button', { name: 'Start attendance' }).waitFor();
    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: 'Language' }).click();
    await page.getByRole('menuitemradio', { name: 'Português' }).click();
    await page.getByRole('tab', { name: 'Histórico' }).waitFor();

    const customer = await open('en-US');
    await customer.page.goto('/avaliacao/no-such-survey-token-here');
    await customer.page.getByRole('heading', { name: 'Survey not found' }).waitFor();
  });
});
