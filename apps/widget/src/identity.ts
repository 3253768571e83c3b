// Who the visitor is: the pre-chat form's "Iniciar conversa" and the site's `Atende.setUser`.
import { ApiError } from './api';
import type { Chat } from './chat';
import type { Translate } from './i18n';
import type { Field, Profile, UserInput } from './types';

/** Server field errors (`body.email` …) worded for the visitor (SPEC CH-01). */
export function fieldErrors(err: ApiError, t: Translate): Partial<Record<Field, string>> {
  const invalid: Record<Field, string> = { name: t('invalidName'), email: t('invalidEmail'), cpf: t('invalidCpf'), phone: t('invalidPhone') };
  const out: Partial<Record<Field, string>> = {};
  for (const f of err.fields) {
    const field = f.path.replace(/^body\./, '') as Field;
    if (field in invalid) out[field] = f.rule === 'required' ? t('required') : invalid[field];
  }
  return out;
}

/** The pre-chat form: starts the conversation, or shows what to fix. True when started. */
export async function startConversation(chat: Chat, input: Partial<Record<Field, string>>, t: Translate): Promise<boolean> {
  const form = chat.state.form;
  Object.assign(form, { busy: true, errors: {}, error: '' });
  chat.changed();
  try {
    await chat.ensureSession();
    const contact = Object.fromEntries(Object.entries(input).filter(([, v]) => v && v.trim()));
    chat.adopt(await chat.api.startConversation(contact));
    return true;
  } catch (err) {
    if (err instanceof ApiError && err.fields.length) form.errors = fieldErrors(err, t);
    else form.error = chat.describe(err);
    chat.handleGone(err);
    return false;
  } finally {
    form.busy = false;
    chat.changed();
  }
}

/** `Atende.setUser(...)`: the site's data about the visitor; each identifier signed in `hashes` is verified. */
export async function setUser(chat: Chat, user: UserInput): Promise<Profile | null> {
  try {
    await chat.ensureSession();
    chat.state.profile = await chat.api.identify(user);
    chat.changed();
    return chat.state.profile;
  } catch (err) {
    // A refused identity is the site's business, not the visitor's: the console says why.
    console.warn('[Atende] setUser:', chat.describe(err));
    chat.handleGone(err);
    return null;
  }
}
