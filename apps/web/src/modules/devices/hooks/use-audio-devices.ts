import { useCallback, useEffect, useState } from 'react';

export type AudioDevices = {
  status: 'loading' | 'ready' | 'denied' | 'unsupported';
  inputs: MediaDeviceInfo[];
  outputs: MediaDeviceInfo[];
};

async function listAudio(): Promise<Pick<AudioDevices, 'inputs' | 'outputs'>> {
  const all = await navigator.mediaDevices.enumerateDevices();
  return { inputs: all.filter((d) => d.kind === 'audioinput'), outputs: all.filter((d) => d.kind === 'audiooutput') };
}

/**
 * SPEC WS-01 "Configurações de Dispositivos": the browser's microphones and speakers. Browsers
 * hide device names until the page may use the microphone, so it asks once when names are
 * missing, and stops the stream at once.
 */
export function useAudioDevices(active: boolean): AudioDevices {
  const [state, setState] = useState<AudioDevices>({ status: 'loading', inputs: [], outputs: [] });

  const load = useCallback(async () => {
    if (!navigator.mediaDevices?.enumerateDevices) return setState({ status: 'unsupported', inputs: [], outputs: [] });
    try {
      let devices = await listAudio();
      if (devices.inputs.every((d) => !d.label)) {
        const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
        for (const track of stream.getTracks()) track.stop();
        devices = await listAudio();
      }
      setState({ status: 'ready', ...devices });
    } catch {
      setState({ status: 'denied', ...(await listAudio().catch(() => ({ inputs: [], outputs: [] }))) });
    }
  }, []);

  useEffect(() => {
    if (!active) return;
    void load();
    const media = navigator.mediaDevices;
    const onChange = () => void load();
    media?.addEventListener?.('devicechange', onChange);
    return () => media?.removeEventListener?.('devicechange', onChange);
  }, [active, load]);

  return state;
}
