// The message box with "Anexar arquivo" and "Enviar"; once the conversation is finished, the
// "Nova conversa" button takes its place.
import type { Chat } from '../chat';
import type { Translate } from '../i18n';
import { h, icon, setText, show } from './dom';

export type ComposerView = { el: HTMLElement; update(): void; focus(): void };

const MAX_TEXTAREA_PX = 120;

export function createComposerView(chat: Chat, t: Translate, onNewConversation: () => void): ComposerView {
  const notice = h('p', { class: 'notice', role: 'alert' });
  const file = h('input', { type: 'file', accept: 'image/*,application/pdf', hidden: true, tabindex: '-1' });
  const attach = h('button', { type: 'button', class: 'icon-btn', 'aria-label': t('attach'), title: t('attach') }, icon('clip'));
  const text = h('textarea', { rows: 1, 'aria-label': t('messageLabel'), placeholder: `${t('messageLabel')}…`, maxlength: 4000 });
  const send = h('button', { type: 'submit', class: 'send', 'aria-label': t('send'), title: t('send') }, icon('send', 20));
  const bar = h('form', { class: 'bar' }, attach, file, text, send);
  const again = h('button', { type: 'button', class: 'primary' }, t('newConversation'));
  const ended = h('div', { class: 'ended' }, again);
  const el = h('div', { class: 'composer' }, notice, bar, ended);

  const grow = () => {
    text.style.height = 'auto';
    text.style.height = `${Math.min(text.scrollHeight, MAX_TEXTAREA_PX)}px`;
    bar.classList.toggle('has-text', Boolean(text.value.trim()));
  };
  const submit = () => {
    if (!text.value.trim()) return;
    chat.outbox.send(text.value);
    text.value = '';
    grow();
    text.focus();
  };

  bar.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  text.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter breaks the line; never while an IME is composing a word.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });
  text.addEventListener('input', () => {
    grow();
    if (text.value) chat.link.visitorTyping();
  });
  attach.addEventListener('click', () => file.click());
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) void chat.outbox.upload(chosen);
  });
  again.addEventListener('click', onNewConversation);

  function update(): void {
    const s = chat.state;
    const finished = s.conversation?.status === 'finished';
    show(bar, !finished);
    show(ended, finished);
    setText(notice, finished ? '' : s.notice);
    show(notice, Boolean(s.notice) && !finished);
  }

  return {
    el,
    update,
    focus: () => (chat.state.conversation?.status === 'finished' ? again : text).focus(),
  };
}
