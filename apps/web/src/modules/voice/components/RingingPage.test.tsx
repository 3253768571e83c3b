// @vitest-environment happy-dom
import type { CallView } from '@atende/shared';
import { notifications } from '@mantine/notifications';
import { act } from 'react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../app/api';
import { i18n } from '../../../app/i18n';
import { byLabel, clear, render, testQueryClient } from '../../attendances/components/test-render';
import { voiceKeys } from '../api';
import { storeCall } from '../call-cache';
import { RingingPage } from './RingingPage';

// SPEC VOX-01 "Tocando" → "Atender" → "Atendimento". The row of a call leaves the list as soon as
// the call stops ringing here, and the socket's push saying so may arrive before the action's own
// answer: the agent must still be taken to the attendance, or told why not.

const callAction = vi.hoisted(() => vi.fn());
vi.mock('../api', async (original) => ({ ...(await original<typeof import('../api')>()), callAction }));

const ringing: CallView = {
  id: '0b6f3f1e-8d4c-4c1e-9f57-1a2b3c4d5e6f',
  attendanceId: null,
  protocol: null,
  provider: 'cti',
  direction: 'in',
  state: 'ringing',
  abandoned: false,
  from: '5511987654321',
  to: '2000',
  queueId: null,
  queueName: 'Suporte',
  agentId: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  personId: null,
  callerName: null,
  ivr: {},
  held: false,
  muted: false,
  cause: null,
  startedAt: new Date().toISOString(),
  ringingSince: new Date().toISOString(),
  answeredAt: null,
  endedAt: null,
  durationSeconds: 0,
  hasRecording: false,
};
const attendanceId = '5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716';

function Opened() {
  return <p data-testid="opened">{useParams().id}</p>;
}

function renderPage() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(voiceKeys.ringing, { items: [ringing] });
  const host = render(
    <MemoryRouter initialEntries={['/voice/ringing']}>
      <Routes>
        <Route path="/voice/ringing" element={<RingingPage />} />
        <Route path="/attendances/:id" element={<Opened />} />
      </Routes>
    </MemoryRouter>,
    queryClient,
  );
  return { host, queryClient };
}

/** Runs `fn` and lets the query cache tell React (it notifies on a later task). */
const settled = (fn: () => unknown) =>
  act(async () => {
    await fn();
    await new Promise((r) => setTimeout(r, 0));
  });

/** Selects the call and presses "Atender", as the agent does. */
async function pressAnswer(host: HTMLElement) {
  await settled(() => (byLabel(host, `Chamada de ${ringing.from}`) as HTMLElement).click());
  const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Atender')!;
  await settled(() => button.click());
}

/** The action's answer, held until the test releases it (after the socket's push, like on a busy network). */
function heldAnswer() {
  let settle!: { resolve: (v: CallView) => void; reject: (e: unknown) => void };
  callAction.mockImplementationOnce(() => new Promise<CallView>((resolve, reject) => (settle = { resolve, reject })));
  return () => settle;
}

describe('"Tocando": answering a call', () => {
  beforeAll(() => i18n.changeLanguage('pt-BR'));
  afterEach(() => {
    clear();
    vi.restoreAllMocks();
  });

  it('opens the attendance even when the "answered" push removed the row before the action answered', async () => {
    const { host, queryClient } = renderPage();
    const settle = heldAnswer();
    await pressAnswer(host);
    expect(callAction).toHaveBeenCalledWith(ringing.id, 'answer');

    const answered = { ...ringing, state: 'answered' as const, attendanceId, answeredAt: new Date().toISOString() };
    // The socket's 'voice.answered' arrives first: the call leaves "Tocando".
    await settled(() => storeCall(queryClient, answered, false));
    expect(byLabel(host, `Chamada de ${ringing.from}`)).toBeNull();

    await settled(() => settle().resolve(answered));
    expect(host.querySelector('[data-testid="opened"]')?.textContent).toBe(attendanceId);
  });

  it('tells the agent when the ring ran out (the call moved on) before "Atender" reached the server', async () => {
    const shown = vi.spyOn(notifications, 'show').mockReturnValue('');
    const { host, queryClient } = renderPage();
    const settle = heldAnswer();
    await pressAnswer(host);

    // The ring ended here and the call now rings at another agent: the row goes away…
    await settled(() => storeCall(queryClient, { ...ringing, agentId: null }, false));
    expect(byLabel(host, `Chamada de ${ringing.from}`)).toBeNull();
    // …and the server refuses the answer.
    await settled(() => settle().reject(new ApiError(409, 'CALL_RING_ENDED', 'This call stopped ringing for you')));

    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ color: 'red' }));
    expect(host.querySelector('[data-testid="opened"]')).toBeNull();
  });
});
