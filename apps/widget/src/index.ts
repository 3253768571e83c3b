// The embeddable web-chat widget (SPEC CH-01): one <script> tag, shadow DOM, tiny.
//   <script src="{PUBLIC_URL}/widget.js" data-channel="{channel token}" async></script>
// Optional: data-locale="pt-BR|en" (default: the browser's language), data-color="#0f766e".
import { createApi } from './api';
import { Chat } from './chat';
import { readConfig } from './config';
import { Emitter } from './emitter';
import { translator } from './i18n';
import { setUser } from './identity';
import { installApi } from './public-api';
import { load } from './storage';
import { mountApp, type AppView } from './view/app-view';

function boot(): void {
  const config = readConfig();
  if (!config) {
    console.warn('[Atende] widget.js needs a data-channel attribute on its <script> tag.');
    return;
  }
  const { origin, channelToken, locale, brand } = config;
  const t = translator(locale);
  const events = new Emitter();
  const api = createApi(origin, channelToken, locale, () => chat.token);
  const chat = new Chat({ api, origin, channelToken, t, events });
  let view: AppView | undefined;
  // Calls made before the page has a <body> wait for the mount.
  const early: (() => void)[] = [];
  const whenMounted = (fn: () => void) => (view ? fn() : early.push(fn));
  const installed = installApi({
    open: () => whenMounted(() => view!.open()),
    close: () => whenMounted(() => view!.close()),
    setUser: (user) => setUser(chat, user),
    events,
    isReady: () => Boolean(view),
  });
  if (!installed) return; // widget.js included twice: the first one serves the page

  const mount = () => {
    view = mountApp({ chat, api, t, locale, events, channelToken, brand });
    // A returning visitor's conversation resumes at once (live replies, unread badge); a new
    // visitor gets a session only when they open the chat or the site calls setUser.
    if (chat.token || load('session', `atende:${channelToken}:open`)) void chat.ensureSession().catch(() => undefined);
    for (const fn of early.splice(0)) fn();
    events.emit('ready', undefined);
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

boot();
