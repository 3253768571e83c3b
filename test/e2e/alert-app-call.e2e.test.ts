// SPEC ALR-03 "Ligar pelo navegador", ALR-05 "Gravações", VOX-06 (a): on a desktop browser (no
// dialer) the app user fires a red alert and calls the team's voice queue from the browser. The
// agent online in "Suporte" sees "Nova chamada" and answers; Atende relays the audio between the
// two fake microphones — measured on both sides — "Desligar" ends the call, and the recording is
// listed in the Canal de Alertas' "Gravações" under the app user's name, whose "Ver o perfil do
// usuário" opens the app user's record.
import { describe, expect, it } from 'vitest';
import { browserSuite, DEMO_PASSWORD } from './harness.js';
import { answerFromBanner, expectAudioFlowing, collectPeerConnections, goOnlineInSuporte, playRecording } from './voice-screens.js';

const suite = browserSuite();
const MARIA = { email: 'usuaria@demo.local', name: 'Maria Usuária', phone: '+5511988887777' };

describe('alert app browser call (ALR-03)', () => {
  it('calls the team’s voice queue from a desktop browser; the agent answers, audio flows, and "Gravações" names the app user', async () => {
    const { page: agent } = await suite.login('agente@demo.local');
    await goOnlineInSuporte(agent);

    const { page: app } = await suite.open();
    await app.setViewportSize({ width: 1280, height: 800 });
    await collectPeerConnections(app);
    await app.goto('/alertas/');
    await app.getByLabel('CPF ou e-mail').fill(MARIA.email);
    await app.getByLabel('Senha', { exact: true }).fill(DEMO_PASSWORD);
    await app.getByRole('button', { name: 'Entrar' }).click();
    await app.locator('html[data-live="connected"]').waitFor();
    await app.getByRole('button', { name: /^Vermelho/ }).click();
    await app.getByRole('button', { name: 'Enviar alerta Vermelho' }).click();
    const callPanel = app.getByRole('region', { name: 'Ligar Agora!' });
    expect(await callPanel.getByRole('link', { name: 'Ligar Agora!' }).count()).toBe(0); // no dialer on a desktop
    await callPanel.getByRole('button', { name: 'Ligar pelo navegador' }).click();
    await callPanel.getByText('Chamando…').waitFor();

    // VOX-01 in the console: "Nova chamada" from the app user's phone → "Tocando" (their name, the
    // queue) → "Atender".
    const { card } = await answerFromBanner(agent, MARIA.phone, (row) => row.getByText(`${MARIA.name} · Suporte`).waitFor());
    const protocol = (await card.getByText(/^Protocolo: /).textContent())!.replace('Protocolo: ', '').trim();
    await callPanel.getByText(/^Em chamada \d\d:\d\d$/).waitFor();

    await expectAudioFlowing(agent, 'window.atendeBuiltinCall', 'agent');
    await expectAudioFlowing(app, 'window.__pcs.at(-1)', 'app user');

    // The app user hangs up: both legs end.
    await callPanel.getByRole('button', { name: 'Desligar' }).click();
    await card.getByText('Chamada encerrada').waitFor({ timeout: 15_000 });
    await callPanel.getByRole('button', { name: 'Ligar pelo navegador' }).waitFor();

    // ALR-05 "Gravações" of the Canal de Alertas: the call's recording, named after the app user.
    const { recording, player } = await playRecording(agent, protocol, '/alerts/recordings');
    await agent.getByRole('heading', { name: 'Gravações' }).waitFor();
    await recording.getByText(MARIA.name).waitFor();
    await player.waitFor();
    // Agents do not open app users' records; a supervisor does, from the same list.
    expect(await recording.getByRole('link', { name: /^Ver o perfil do usuário/ }).count()).toBe(0);
    const { page: supervisor } = await suite.login('supervisor@demo.local');
    const { recording: theirs } = await playRecording(supervisor, protocol, '/alerts/recordings');
    await supervisor.keyboard.press('Escape');
    await theirs.getByRole('link', { name: `Ver o perfil do usuário: ${MARIA.name}` }).click();
    await supervisor.getByRole('heading', { name: 'Usuários' }).waitFor();
    const record = supervisor.getByRole('table', { name: 'Usuários' });
    await record.getByRole('button', { name: `Editar: ${MARIA.name}` }).waitFor();
    await record.getByRole('button', { name: `Inativar: ${MARIA.name}` }).waitFor();
    expect(await record.getByRole('row').count()).toBe(2); // the header and Maria's row
    await supervisor.getByRole('heading', { name: `Alertas de ${MARIA.name}` }).waitFor();
    await supervisor.getByRole('button', { name: 'Mostrar todos os usuários' }).click();
    await supervisor.getByRole('textbox', { name: 'Pesquisar usuários' }).waitFor();
  });
});
