// The browser softphone's own minimal call card (SPEC VOX-01, VOX-02, VOX-06), in pt-BR.
export const ptBRSoftphone = {
  softphone: {
    region: 'Telefone',
    incoming: 'Nova chamada',
    inCall: 'Em chamada',
    calling: 'Chamando…',
    answer: 'Atender',
    hangup: 'Desligar',
    registered: 'Ramal {{extension}} conectado',
    failed: 'Ramal {{extension}} não conectou ao PABX',
  },
};
