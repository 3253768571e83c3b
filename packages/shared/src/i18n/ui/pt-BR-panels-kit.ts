// Panel and date-input text added with the panel's screen-size, chart and date-picker work
// (SPEC PAN-07, PAN-09), in pt-BR. Spread into the panels catalogue.
export const ptBRPanelsKit = {
  panelsKit: {
    pivot: {
      // A group whose field has no value (no city, no operator…): never mistaken for a value name.
      noValue: '(sem valor)',
      dragHandle: 'Arrastar {{field}}',
      keyboardHelp:
        'Para mover um campo pelo teclado: foco no campo, Espaço para pegar, setas para escolher a área e Espaço para soltar. Esc cancela.',
      picked: '{{field}} pego.',
      over: '{{field}} sobre {{area}}.',
      dropped: '{{field}} solto em {{area}}.',
      cancelled: 'Movimento de {{field}} cancelado.',
    },
    grid: { scroll: '{{caption}}: linhas e colunas (role para ver todas)' },
    toolbar: { more: 'Mais ferramentas', moreShort: 'Mais' },
    dates: {
      // dayjs format of every date input in the console.
      format: 'DD/MM/YYYY',
      placeholder: 'dd/mm/aaaa',
    },
  },
};
