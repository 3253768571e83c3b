// @vitest-environment happy-dom
import { act, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../../app/i18n';
import { clear, render } from '../../../attendances/components/test-render';
import type { ColumnDef } from '../../panel-types';
import { ColumnChooser } from './ColumnChooser';

// SPEC PAN-07 "Colunas": a click shows at once while the choice is saved; what the server keeps wins.

const column = (key: string, label: string) =>
  ({ key, label, type: 'text', sortable: true, filterable: true, defaultVisible: true }) as unknown as ColumnDef;
const columns = [column('protocol', 'Protocolo'), column('city', 'Cidade'), column('queue', 'Fila')];

const box = (label: string) =>
  [...document.querySelectorAll<HTMLLabelElement>('label')]
    .find((l) => l.textContent === label)!
    .closest('.mantine-Checkbox-root')!
    .querySelector<HTMLInputElement>('input[type="checkbox"]')!;
/** The chooser under a grid whose saved choice the test changes, as a save or another tab would. */
let setVisible: (keys: string[]) => void = () => {};
function Grid({ initial, onChange }: { initial: string[]; onChange: (keys: string[]) => void }) {
  const [visible, set] = useState(initial);
  setVisible = set;
  return <ColumnChooser columns={columns} visible={visible} onChange={onChange} />;
}
/** Opens the popover and waits for its transition to mount the boxes. */
async function open(el: HTMLElement) {
  act(() => el.querySelector<HTMLButtonElement>('button')!.click());
  await act(() => vi.waitFor(() => expect(document.querySelector('.mantine-Checkbox-root')).not.toBeNull()));
}

beforeAll(async () => {
  await i18n.changeLanguage('pt-BR');
  // happy-dom lays nothing out, so Mantine's focus trap finds no focusable box and says so (with
  // the whole node); in a browser it focuses the first one.
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('use-focus-trap')) original(...args);
    });
  }
});
afterEach(clear);

describe('"Colunas"', () => {
  it('checks a column at once, before the saved choice comes back, in the grid’s order', async () => {
    const onChange = vi.fn();
    const el = render(<ColumnChooser columns={columns} visible={['queue']} onChange={onChange} />);
    await open(el);
    act(() => box('Cidade').click());
    expect(onChange).toHaveBeenLastCalledWith(['city', 'queue']);
    // The prop has not changed yet (still saving): the box already shows the click.
    expect([box('Protocolo').checked, box('Cidade').checked, box('Fila').checked]).toEqual([false, true, true]);
    act(() => box('Protocolo').click());
    expect(onChange).toHaveBeenLastCalledWith(['protocol', 'city', 'queue']);
  });

  it('never hides the last column, and follows a choice saved elsewhere', async () => {
    const onChange = vi.fn();
    const el = render(<Grid initial={['city']} onChange={onChange} />);
    await open(el);
    act(() => box('Cidade').click());
    expect(onChange).not.toHaveBeenCalled();
    expect(box('Cidade').checked).toBe(true);
    act(() => setVisible(['protocol', 'queue']));
    expect([box('Protocolo').checked, box('Cidade').checked, box('Fila').checked]).toEqual([true, false, true]);
  });
});
