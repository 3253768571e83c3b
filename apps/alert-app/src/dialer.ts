// SPEC ALR-03: "Ligar Agora!" opens the phone's dialer with the team's service number. A desktop
// browser has no dialer for tel: links, so there the app offers the browser call instead.

/** `tel:` URL of a phone number as typed by an admin ("+55 (11) 4000-0000" → "tel:+551140000000"); null without digits. */
export function telUrl(number: string | null | undefined): string | null {
  if (!number) return null;
  const digits = number.replace(/\D/g, '');
  if (!digits) return null;
  return `tel:${number.trim().startsWith('+') ? '+' : ''}${digits}`;
}

/** Whether this device dials tel: links: a touch device (phone, tablet), not a desktop browser. */
export function canDial(win: Window = window): boolean {
  return win.matchMedia('(pointer: coarse)').matches || win.navigator.maxTouchPoints > 0;
}

/**
 * Opens the dialer. The URL is also written on <html data-dialed> so the page records what it
 * handed to the phone (browsers do not report navigations to external protocols).
 */
export function openDialer(url: string) {
  document.documentElement.dataset.dialed = url;
  window.location.href = url;
}
