// `npm run voice:dev`: the reference SIP edge (Kamailio + rtpengine, SPEC VOX-06) in the
// foreground for development, bound to loopback; Ctrl-C stops it. Runtime config and call
// recordings go to $DATA_DIR/voice (./data/voice by default).
import path from 'node:path';
import { startVoiceEdge } from './voice-edge.js';

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const edge = await startVoiceEdge({
  dir: path.resolve(process.env.DATA_DIR ?? './data', 'voice'),
  atendeUrl: process.env.ATENDE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`,
  ctiToken: process.env.CTI_TOKEN ?? 'demo-cti-token',
  sipPort: port('SIP_PORT', 5060),
  wsPort: port('SIP_WS_PORT', 5066),
  ngPort: port('RTPENGINE_NG_PORT', 2223),
  recordingsPort: port('RECORDINGS_PORT', 5068),
  stdio: 'inherit',
});
console.log(`SIP edge ready.
  WebSocket (browsers, JsSIP): ${edge.wsUrl}
  SIP over UDP (phones):       sip:${edge.sipUdp}
  Queue "Suporte":             sip:suporte@127.0.0.1 or sip:2000@127.0.0.1
  Extensions:                  1000 admin, 1001 supervisor, 2001 agente, 2002 agente2 (password DEMO_PASSWORD or demo1234)
  Recordings:                  ${edge.recordingDir} (pcap), served as WAV at ${edge.recordingsUrl}/recordings/<Call-ID>.wav
                               and announced to Atende by CTI (Atende needs ALLOW_PRIVATE_TARGETS=true to fetch them)
Ctrl-C stops it.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void edge.stop().then(() => process.exit(0));
  });
}
