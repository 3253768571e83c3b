// The pre-chat form (SPEC CH-01): the channel's fields, required as the channel says, errors
// under each field as the server reports them.
import type { Chat } from '../chat';
import { startConversation } from '../identity';
import type { Translate } from '../i18n';
import type { Field } from '../types';
import { h, setText, show } from './dom';

export type FormView = { el: HTMLElement; update(): void; focus(): void };

const INPUTS: Record<Field, { type: string; autocomplete: string; inputmode?: string }> = {
  name: { type: 'text', autocomplete: 'name' },
  email: { type: 'email', autocomplete: 'email' },
  cpf: { type: 'text', autocomplete: 'off', inputmode: 'numeric' },
  phone: { type: 'tel', autocomplete: 'tel' },
};

export function createFormView(chat: Chat, t: Translate, uid: string): FormView {
  const controls = new Map<Field, { input: HTMLInputElement; error: HTMLElement; box: HTMLElement }>();
  const fieldsBox = h('div', { class: 'fields' });
  const general = h('p', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, t('start'));
  const form = h('form', { class: 'prechat', novalidate: true }, h('p', { class: 'intro' }, t('intro')), fieldsBox, general, button);
  let shape = '';
  let prefilled = false;

  const build = (fields: Field[], required: Field[]) => {
    fieldsBox.textContent = '';
    controls.clear();
    for (const f of fields) {
      const id = `${uid}-${f}`;
      const spec = INPUTS[f];
      const input = h('input', {
        id,
        name: f,
        type: spec.type,
        autocomplete: spec.autocomplete,
        inputmode: spec.inputmode,
        'aria-required': required.includes(f) ? 'true' : null,
        'aria-describedby': `${id}-error`,
      });
      const error = h('p', { class: 'field-error', id: `${id}-error` });
      // The asterisk stays outside the label, so the field's name is exactly "Nome" (aria-required says it).
      const label = h(
        'div',
        { class: 'label' },
        h('label', { for: id }, t(f)),
        required.includes(f) ? h('span', { class: 'req', 'aria-hidden': 'true' }, '*') : null,
      );
      const box = h('div', { class: 'field' }, label, input, error);
      fieldsBox.appendChild(box);
      controls.set(f, { input, error, box });
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (chat.state.form.busy) return;
    const values: Partial<Record<Field, string>> = {};
    for (const [f, c] of controls) values[f] = c.input.value;
    void startConversation(chat, values, t).then((ok) => {
      if (!ok) [...controls.values()].find((c) => c.input.getAttribute('aria-invalid') === 'true')?.input.focus();
    });
  });

  function update(): void {
    const s = chat.state;
    const next = JSON.stringify(s.preChat);
    if (next !== shape) {
      shape = next;
      build(s.preChat.fields, s.preChat.required);
      prefilled = false;
    }
    // What the site or an earlier conversation told us fills the form, once.
    if (!prefilled && s.phase === 'ready') {
      prefilled = true;
      const known: Partial<Record<Field, string | undefined>> = {
        name: s.profile.name,
        email: s.profile.email,
        cpf: s.profile.document,
        phone: s.profile.phone,
      };
      for (const [f, c] of controls) if (!c.input.value && known[f]) c.input.value = known[f]!;
    }
    for (const [f, c] of controls) {
      const message = s.form.errors[f] ?? '';
      setText(c.error, message);
      c.box.classList.toggle('invalid', Boolean(message));
      if (message) c.input.setAttribute('aria-invalid', 'true');
      else c.input.removeAttribute('aria-invalid');
    }
    setText(general, s.form.error);
    show(general, Boolean(s.form.error));
    button.disabled = s.form.busy;
    button.setAttribute('aria-busy', String(s.form.busy));
  }

  return {
    el: form,
    update,
    focus: () => controls.values().next().value?.input.focus(),
  };
}
