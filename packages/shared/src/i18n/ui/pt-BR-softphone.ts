// The browser softphone's registration state (SPEC VOX-06 b), in pt-BR.
export const ptBRSoftphone = {
  softphone: {
    region: 'Telefone',
    registered: 'Ramal {{extension}} conectado',
    failed: 'Ramal {{extension}} não conectou ao PABX',
  },
};
