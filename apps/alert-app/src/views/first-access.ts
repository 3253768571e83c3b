import { api, type AppSession } from '../api';
import { h } from '../dom';
import type { Translate } from '../i18n';
import { describeError } from './login';

// SPEC ALR-01: an app user registered by the organization gets an invite link
// (/alertas/#/primeiro-acesso?token=…) and creates their password here.

const MIN_PASSWORD = 10;

export function firstAccessView(t: Translate, token: string | null, done: (s: AppSession) => void): HTMLElement {
  const password = h('input', {
    id: 'new-password',
    type: 'password',
    autocomplete: 'new-password',
    required: true,
    minlength: MIN_PASSWORD,
    'aria-describedby': 'password-rule',
  });
  const confirm = h('input', { id: 'confirm-password', type: 'password', autocomplete: 'new-password', required: true });
  const error = h('p', { class: 'error', role: 'alert' }, token ? '' : t('inviteMissing'));
  const submit = h('button', { type: 'submit', class: 'primary', disabled: !token }, t('createPassword'));
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('h1', {}, t('firstAccessTitle')),
    h('p', { class: 'muted' }, t('firstAccessIntro')),
    h('label', { for: 'new-password' }, t('newPassword')),
    password,
    h('p', { id: 'password-rule', class: 'hint' }, t('passwordRule')),
    h('label', { for: 'confirm-password' }, t('confirmPassword')),
    confirm,
    error,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!token) return;
    if (password.value.length < MIN_PASSWORD) return void (error.textContent = t('passwordTooShort'));
    if (password.value !== confirm.value) return void (error.textContent = t('passwordMismatch'));
    error.textContent = '';
    submit.disabled = true;
    try {
      done(await api.firstAccess(token, password.value));
    } catch (err) {
      error.textContent = describeError(t, err);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
