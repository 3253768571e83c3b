// Where the widget comes from and for which channel: the <script> tag that loaded it says both
// (`src` gives the server's origin for every call; `data-channel` the channel's public token).
import { pickLocale, type Locale } from './i18n';

export type WidgetConfig = { origin: string; channelToken: string; locale: Locale; brand: string | null };

export function readConfig(): WidgetConfig | null {
  const current = document.currentScript as HTMLScriptElement | null;
  // currentScript is null when the code runs later than its tag (a bundler, a tag manager).
  const script = current?.dataset.channel ? current : document.querySelector<HTMLScriptElement>('script[data-channel][src*="widget.js"]');
  const channelToken = script?.dataset.channel;
  if (!script || !channelToken) return null;
  const origin = new URL(script.src, location.href).origin;
  const locale = pickLocale(script.dataset.locale || navigator.language);
  const color = script.dataset.color ?? '';
  return { origin, channelToken, locale, brand: /^#[0-9a-f]{3,8}$/i.test(color) ? color : null };
}
