import type { AlertView } from '@atende/shared/schemas/alerts';
import { api } from '../api';
import { h } from '../dom';
import type { Translate } from '../i18n';
import { describeError } from './login';

// SPEC ALR-01 (optional voice note): up to 30 seconds recorded with MediaRecorder and uploaded to
// the alert's voice-note route (audio/webm, ogg or mp4, at most 2 MB).

const MAX_SECONDS = 30;
const TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

export function voiceNoteView(t: Translate, alertId: string, uploaded: (a: AlertView) => void): HTMLElement | null {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) return null;
  const status = h('p', { class: 'hint', role: 'status' });
  const button = h('button', { type: 'button', class: 'secondary' }, t('recordAudio'));
  let recorder: MediaRecorder | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  async function start() {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      status.textContent = t('audioUnavailable');
      return;
    }
    const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type));
    const rec = new MediaRecorder(stream, mimeType ? { mimeType, audioBitsPerSecond: 32_000 } : undefined);
    recorder = rec;
    const chunks: Blob[] = [];
    rec.ondataavailable = (e) => e.data.size && chunks.push(e.data);
    rec.onstop = async () => {
      clearInterval(timer);
      stream.getTracks().forEach((track) => track.stop());
      button.hidden = true;
      const type = (rec.mimeType || 'audio/webm').split(';')[0]!;
      try {
        uploaded(await api.voiceNote(alertId, new Blob(chunks, { type })));
        status.textContent = t('audioSent');
      } catch (err) {
        status.textContent = `${t('audioFailed')} ${describeError(t, err)}`;
      }
    };
    let seconds = 0;
    button.textContent = t('stopRecording', { n: MAX_SECONDS });
    timer = setInterval(() => {
      seconds++;
      button.textContent = t('stopRecording', { n: MAX_SECONDS - seconds });
      if (seconds >= MAX_SECONDS) stop();
    }, 1000);
    rec.start();
  }

  function stop() {
    clearInterval(timer);
    if (recorder?.state === 'recording') recorder.stop();
  }

  button.addEventListener('click', () => (recorder ? stop() : void start()));
  return h('div', { class: 'voice-note' }, button, status);
}
