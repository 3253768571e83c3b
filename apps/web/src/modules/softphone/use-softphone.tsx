// SPEC VOX-06 (b): one softphone per console tab, registered while the agent is signed in and has
// a SIP device (extension + password from GET /api/voice/sip) and the organization a PBX address.
import type { SipCredentials } from '@atende/shared';
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { api } from '../../app/api';
import { Softphone, type SoftphoneSnapshot } from './softphone';

const OFFLINE: SoftphoneSnapshot = { registration: 'offline', call: null, calls: [], error: null };
type SoftphoneContextValue = { phone: Softphone | null; extension: string | null };
const SoftphoneContext = createContext<SoftphoneContextValue>({ phone: null, extension: null });

declare global {
  interface Window {
    /** The console's softphone, for diagnostics (audio statistics of the call in progress). */
    atendeSoftphone?: Softphone;
  }
}

/** `onReady` receives the registered-to-be softphone and returns how to let it go (logout). */
export function SoftphoneProvider({ children, onReady }: { children: ReactNode; onReady?: (phone: Softphone) => () => void }) {
  const ready = useRef(onReady);
  ready.current = onReady;
  const audio = useRef<HTMLAudioElement>(null);
  const [value, setValue] = useState<SoftphoneContextValue>({ phone: null, extension: null });

  useEffect(() => {
    const controller = new AbortController();
    let phone: Softphone | null = null;
    let release: (() => void) | undefined;
    api
      .get<SipCredentials>('/api/voice/sip', undefined, controller.signal)
      .then((credentials) => {
        if (controller.signal.aborted || !audio.current) return;
        const { extension, password, wsUrl } = credentials;
        if (!extension || !password || !wsUrl) return;
        phone = new Softphone({ wsUrl, extension, password }, audio.current);
        window.atendeSoftphone = phone;
        phone.start();
        release = ready.current?.(phone);
        setValue({ phone, extension });
      })
      // No voice module, no device or no PBX: the console works without a softphone.
      .catch(() => {});
    return () => {
      controller.abort();
      release?.();
      phone?.stop();
      if (window.atendeSoftphone === phone) delete window.atendeSoftphone;
    };
  }, []);

  return (
    <SoftphoneContext.Provider value={value}>
      {children}
      {/* The other party's voice; autoplay: answering is the user's gesture. */}
      <audio ref={audio} autoPlay hidden data-testid="softphone-audio" />
    </SoftphoneContext.Provider>
  );
}

/** The softphone (null without a SIP device) and its live state, for the call screens. */
export function useSoftphone(): { phone: Softphone | null; extension: string | null; state: SoftphoneSnapshot } {
  const { phone, extension } = useContext(SoftphoneContext);
  const state = useSyncExternalStore(
    (onChange) => phone?.subscribe(onChange) ?? (() => {}),
    () => phone?.state ?? OFFLINE,
  );
  return { phone, extension, state };
}
