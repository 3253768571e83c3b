// SPEC VOX-01, VOX-02, VOX-04, VOX-06 (a): a built-in call, no PBX. A visitor on the demo site
// starts a chat and presses "Ligar"; the agent online in "Suporte" sees "Nova chamada" and answers;
// Atende relays the audio between the two browsers (fake microphones) — measured on both sides —
// and records it; "Transferir" to another agent moves the audio to the agent who answers there
// (VOX-02); "Desligar" ends both legs and the recording, as long as the whole call, plays in
// "Gravações".
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness.js';
import { answerFromBanner, expectAudioFlowing, collectPeerConnections, goOnlineInSuporte, playRecording } from './voice-screens.js';

const suite = browserSuite();
const VISITOR = 'Paula Visitante';

describe('built-in voice (VOX-06 a)', () => {
  it('carries a widget call answered in the console both ways, moves it to the agent it is transferred to and keeps one recording as long as the call', async () => {
    const { page: agent } = await suite.login('agente@demo.local');
    await goOnlineInSuporte(agent);

    const { page: site } = await suite.open();
    await collectPeerConnections(site);
    await site.goto('/demo/site');
    await site.getByRole('button', { name: 'Abrir chat' }).click();
    await site.getByLabel('Nome', { exact: true }).fill(VISITOR);
    await site.getByRole('button', { name: 'Iniciar conversa' }).click();
    await site.getByText('Aguardando atendimento').waitFor();
    await site.getByRole('button', { name: 'Ligar' }).click();
    await site.getByText('Chamando…').waitFor();

    // The call's talk time (and its recording) runs from this first answer.
    const { card: firstCard, answeredAt } = await answerFromBanner(agent, VISITOR);
    const protocol = (await firstCard.getByText(/^Protocolo: /).textContent())!.replace('Protocolo: ', '').trim();
    await site.getByText(/^Em chamada \d\d:\d\d$/).waitFor();

    await expectAudioFlowing(agent, 'window.atendeBuiltinCall', 'agent');
    await expectAudioFlowing(site, 'window.__pcs.at(-1)', 'visitor');

    // VOX-02: "Transferir" to Bruno: Alice's audio ends, the call rings at Bruno, and his "Atender"
    // bridges his microphone to the same visitor call (the visitor never hung up).
    const { page: bruno } = await suite.login('agente2@demo.local');
    await firstCard.getByRole('button', { name: 'Transferir chamada' }).click();
    const dialog = agent.getByRole('dialog', { name: 'Transferir atendimento' });
    await dialog.getByRole('combobox', { name: 'Agente' }).fill('Bruno');
    await agent.getByRole('option', { name: 'Bruno Agente' }).click();
    await dialog.getByRole('button', { name: 'Transferir' }).click();
    await agent.getByText('Atendimento transferido.').waitFor();
    await expect.poll(() => agent.evaluate(() => (window as { atendeBuiltinCall?: unknown }).atendeBuiltinCall === undefined)).toBe(true);
    const { card } = await answerFromBanner(bruno, VISITOR);
    // His console sets up its leg after "Atender" (microphone, ICE): measured once it exists.
    await expect.poll(() => bruno.evaluate(() => (window as { atendeBuiltinCall?: unknown }).atendeBuiltinCall !== undefined)).toBe(true);
    await expectAudioFlowing(bruno, 'window.atendeBuiltinCall', 'agent after the transfer');
    await expectAudioFlowing(site, 'window.__pcs.at(-1)', 'visitor after the transfer');
    await site.getByText(/^Em chamada \d\d:\d\d$/).waitFor();
    // The card shows how the call sounds in this browser (loss and jitter from getStats).
    await card.getByText(/^Áudio (bom|instável|ruim)$/).waitFor();

    // About 3 s of talk in all, then Bruno hangs up: both legs end.
    await expect.poll(() => Date.now() - answeredAt, { timeout: 10_000 }).toBeGreaterThan(3_000);
    await card.getByRole('button', { name: 'Desligar' }).click();
    const hungUpAt = Date.now();
    await card.getByText('Chamada encerrada').waitFor();
    await site.getByRole('button', { name: 'Ligar' }).waitFor();
    const callSeconds = (hungUpAt - answeredAt) / 1000;

    // VOX-04: the recording plays, and lasts as long as the call (within a second).
    const { player } = await playRecording(bruno, protocol);
    const audio = bruno.getByTestId('recording-audio');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => (Number.isFinite(a.duration) ? a.duration : 0))).toBeGreaterThan(0);
    const seconds = await audio.evaluate((a: HTMLAudioElement) => a.duration);
    expect(Math.abs(seconds - callSeconds)).toBeLessThan(1);
    await player
      .getByRole('button', { name: /Pausar|Reproduzir/ })
      .first()
      .waitFor();
  });
});
