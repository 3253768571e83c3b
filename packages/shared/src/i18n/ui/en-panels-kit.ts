import type { ptBRPanelsKit } from './pt-BR-panels-kit.js';

// Panel and date-input text added with the panel's screen-size, chart and date-picker work, in English.
export const enPanelsKit: typeof ptBRPanelsKit = {
  panelsKit: {
    pivot: {
      noValue: '(no value)',
      dragHandle: 'Drag {{field}}',
      keyboardHelp:
        'To move a field with the keyboard: focus the field, press Space to pick it up, arrow keys to choose the area and Space to drop it. Escape cancels.',
      picked: 'Picked up {{field}}.',
      over: '{{field}} is over {{area}}.',
      dropped: '{{field}} dropped in {{area}}.',
      cancelled: 'Moving {{field}} cancelled.',
    },
    grid: { scroll: '{{caption}}: rows and columns (scroll to see them all)' },
    toolbar: { more: 'More tools', moreShort: 'More' },
    dates: {
      // Day first in English too: the console's users are Brazilian organizations.
      format: 'DD/MM/YYYY',
      placeholder: 'dd/mm/yyyy',
    },
  },
};
