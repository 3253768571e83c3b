import { api, ApiError, NetworkError, type AppSession } from '../api';
import { h } from '../dom';
import { errorText, type Translate } from '../i18n';

// SPEC ALR-01: app users log in with their CPF (any punctuation) or e-mail and their password.

export function loginView(t: Translate, done: (s: AppSession) => void): HTMLElement {
  const login = h('input', { id: 'login', name: 'login', autocomplete: 'username', required: true, inputmode: 'email', autocapitalize: 'none' });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('enter'));
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('h1', {}, t('appName')),
    h('p', { class: 'muted' }, t('loginTitle')),
    h('label', { for: 'login' }, t('login')),
    login,
    h('label', { for: 'password' }, t('password')),
    password,
    error,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    if (!login.value.trim() || !password.value) return void (error.textContent = errorText(t, 'ALERT_APP_LOGIN_FAILED'));
    submit.disabled = true;
    try {
      done(await api.login(login.value.trim(), password.value));
    } catch (err) {
      error.textContent = describeError(t, err);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** A user-facing message for a failed request: the code's translation, else the server's message. */
export function describeError(t: Translate, err: unknown): string {
  if (err instanceof NetworkError) return t('networkError');
  if (err instanceof ApiError) return errorText(t, err.status === 429 ? 'RATE_LIMITED' : err.code) ?? (err.message || t('unexpectedError'));
  return t('unexpectedError');
}
