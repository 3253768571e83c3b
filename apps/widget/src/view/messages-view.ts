// The conversation: visitor's messages right, agent's left with their name, system lines centred.
// Rows are keyed (by seq, or by clientId while pending) and reused, so an update never re-creates
// what is already on screen and the list scrolls only when the reader is at its end.
import type { Api } from '../api';
import type { Chat } from '../chat';
import type { Locale, Translate } from '../i18n';
import type { Message } from '../types';
import { h, icon, setText, show } from './dom';
import { clock, fileSize, systemLine } from './text';

type Row = { key: string; sig: string; build: () => HTMLElement };

export type MessagesView = { el: HTMLElement; update(): void; toBottom(): void };

export function createMessagesView(chat: Chat, api: Api, t: Translate, locale: Locale): MessagesView {
  const log = h('div', { class: 'log', role: 'log', 'aria-label': t('messages'), 'aria-live': 'polite' });
  const hint = h('p', { class: 'hint' }, t('draftHint'));
  const queueTitle = h('strong', null);
  const queuePos = h('span', null);
  const queue = h(
    'div',
    { class: 'queue', role: 'status' },
    h('span', { class: 'pulse', 'aria-hidden': 'true' }),
    h('div', null, queueTitle, queuePos, h('small', null, t('waitingHint'))),
  );
  const typing = h('p', { class: 'typing', role: 'status' });
  const scroller = h('div', { class: 'scroll' }, hint, log, queue);
  const el = h('div', { class: 'conversation' }, scroller, typing);
  const rows = new Map<string, { el: HTMLElement; sig: string }>();
  const atEnd = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 64;
  const toBottom = () => (scroller.scrollTop = scroller.scrollHeight);

  // One download per attachment, shared by every row that shows it (rows are rebuilt on updates).
  const objectUrls = new Map<string, Promise<string>>();
  const objectUrl = (id: string) => {
    let url = objectUrls.get(id);
    if (!url) {
      url = api.attachmentObjectUrl(id);
      url.catch(() => objectUrls.delete(id));
      objectUrls.set(id, url);
    }
    return url;
  };

  const attachment = (m: Message): HTMLElement | null => {
    const a = m.attachment;
    if (!a) return null;
    const link = a.contentType.startsWith('image/')
      ? h('a', { class: 'thumb', target: '_blank', rel: 'noopener' }, h('img', { alt: a.fileName }))
      : h(
          'a',
          { class: 'file', target: '_blank', rel: 'noopener' },
          icon('file', 20),
          h('span', null, h('span', { class: 'fname' }, a.fileName), h('small', null, fileSize(a.size, locale))),
        );
    const img = link.querySelector('img');
    img?.addEventListener('load', () => stick && toBottom());
    objectUrl(a.id).then(
      (href) => {
        link.setAttribute('href', href);
        img?.setAttribute('src', href);
      },
      () => {},
    );
    return link;
  };

  const messageRow = (m: Message, showName: boolean): HTMLElement => {
    const mine = m.authorKind === 'contact';
    const who = mine ? h('span', { class: 'sr' }, t('you')) : showName ? h('span', { class: 'who' }, m.authorName || t('agent')) : null;
    const image = m.attachment?.contentType.startsWith('image/') && !m.body;
    const bubble = h('div', { class: image ? 'bubble media' : 'bubble' }, attachment(m), m.body ? h('span', { class: 'text' }, m.body) : null);
    return h('div', { class: `row ${mine ? 'me' : 'agent'}` }, who, bubble, h('time', { datetime: m.createdAt }, clock(m.createdAt, locale)));
  };

  const systemRow = (m: Message): HTMLElement | null => {
    const line = systemLine(m.body, t);
    if (!line) return null;
    const link = line.surveyToken ? h('a', { href: api.surveyUrl(line.surveyToken), target: '_blank', rel: 'noopener' }, t('rate')) : null;
    // The protocol never breaks at its hyphen.
    const at = line.protocol ? line.text.indexOf(line.protocol) : -1;
    const text = at < 0 ? [line.text] : [line.text.slice(0, at), h('b', null, line.protocol!), line.text.slice(at + line.protocol!.length)];
    return h('div', { class: 'row sys' }, h('p', null, ...text), link);
  };

  let stick = true;
  const rowsOf = (): Row[] => {
    const s = chat.state;
    const out: Row[] = [];
    let previous = '';
    for (const m of s.timeline.items) {
      if (m.authorKind === 'system') {
        previous = '';
        out.push({ key: `s${m.seq}`, sig: 'sys', build: () => systemRow(m) ?? h('div', { hidden: true }) });
        continue;
      }
      const author = `${m.authorKind}:${m.authorName ?? ''}`;
      const showName = author !== previous;
      previous = author;
      out.push({ key: `s${m.seq}`, sig: String(showName), build: () => messageRow(m, showName) });
    }
    for (const p of s.pending) {
      const status = p.status === 'failed' ? `${t('notSent')}${p.error ? ` — ${p.error}` : ''}` : t(p.status === 'queued' ? 'queued' : 'sending');
      out.push({
        key: `p${p.clientId}`,
        sig: status,
        build: () =>
          h(
            'div',
            { class: `row me pending ${p.status}` },
            h('span', { class: 'sr' }, t('you')),
            h('div', { class: 'bubble' }, h('span', { class: 'text' }, p.body)),
            h('small', { class: 'state' }, status),
          ),
      });
    }
    for (const u of s.uploads) {
      out.push({
        key: `u${u.id}`,
        sig: '',
        build: () =>
          h('div', { class: 'row me pending' }, h('div', { class: 'bubble' }, h('span', { class: 'text' }, t('uploading', { file: u.fileName })))),
      });
    }
    return out;
  };

  function update(): void {
    const s = chat.state;
    stick = atEnd();
    const wanted = rowsOf();
    const keep = new Set(wanted.map((r) => r.key));
    for (const [key, row] of rows) {
      if (!keep.has(key)) {
        row.el.remove();
        rows.delete(key);
      }
    }
    wanted.forEach((r, i) => {
      let row = rows.get(r.key);
      if (!row || row.sig !== r.sig) {
        const el = r.build();
        row?.el.replaceWith(el);
        rows.set(r.key, (row = { el, sig: r.sig }));
      }
      if (log.children[i] !== row.el) log.insertBefore(row.el, log.children[i] ?? null);
    });
    const conv = s.conversation;
    show(hint, !conv && !wanted.length);
    show(queue, conv?.status === 'waiting');
    setText(queueTitle, t('waiting'));
    setText(queuePos, conv?.queuePosition ? t('queuePosition', { n: conv.queuePosition }) : '');
    setText(typing, s.typing && conv?.status !== 'finished' ? t('typing', { agent: s.typing }) : '');
    if (stick || s.pending.length) toBottom();
  }

  return { el, update, toBottom };
}
