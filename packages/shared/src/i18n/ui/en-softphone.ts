import type { ptBRSoftphone } from './pt-BR-softphone.js';

// The browser softphone's own minimal call card (SPEC VOX-01, VOX-02, VOX-06), in English.
export const enSoftphone: typeof ptBRSoftphone = {
  softphone: {
    region: 'Phone',
    incoming: 'Incoming call',
    inCall: 'On a call',
    calling: 'Calling…',
    answer: 'Answer',
    hangup: 'Hang up',
    registered: 'Extension {{extension}} connected',
    failed: 'Extension {{extension}} could not reach the PBX',
  },
};
