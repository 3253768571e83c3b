import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PivotResult } from '../../panel-types';
import { pivotCellText, pivotKeyText } from './pivot-config';

/**
 * SPEC PAN-09: the pivot as a table — row keys down, column keys across, totals at the edges. A
 * cell shows every requested value ("12 / 3,5"); the totals are of the first one, and say so.
 */
export function PivotTable({ result, valueNames }: { result: PivotResult; valueNames: string[] }) {
  const { t, i18n } = useTranslation();
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const columns = result.columnKeys.length ? result.columnKeys : [[]];
  const valueLabel = valueNames.join(' / ');
  const total = valueNames.length > 1 ? t('panels.pivot.totalOf', { value: valueNames[0] }) : t('panels.pivot.total');
  const keyText = (key: string[]) => pivotKeyText(key, t('panelsKit.pivot.noValue'), valueLabel);
  const cell = (i: number, j: number) => pivotCellText(result, i, j, (n) => num.format(n));
  return (
    <Table.ScrollContainer minWidth={500}>
      <Table withTableBorder withColumnBorders fz="sm" aria-label={t('panels.pivot.table')}>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th />
            {columns.map((c, i) => (
              <Table.Th key={i} ta="right">
                {keyText(c)}
              </Table.Th>
            ))}
            {result.columnKeys.length > 1 && <Table.Th ta="right">{total}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.rowKeys.map((r, i) => (
            <Table.Tr key={i}>
              <Table.Th scope="row">{keyText(r)}</Table.Th>
              {columns.map((_, j) => (
                <Table.Td key={j} ta="right">
                  {cell(i, j)}
                </Table.Td>
              ))}
              {result.columnKeys.length > 1 && (
                <Table.Td ta="right" fw={600}>
                  {num.format(result.totals.rows[i] ?? 0)}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          <Table.Tr bg="gray.0">
            <Table.Th scope="row">{total}</Table.Th>
            {columns.map((_, j) => (
              <Table.Td key={j} ta="right" fw={600}>
                {num.format(result.totals.columns[j] ?? 0)}
              </Table.Td>
            ))}
            {result.columnKeys.length > 1 && (
              <Table.Td ta="right" fw={700}>
                {num.format(result.totals.grand)}
              </Table.Td>
            )}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
