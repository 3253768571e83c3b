import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Bar = { label: string; value: number };

const ROW = 28;

/** SPEC PAN-09: the pivot's row totals as horizontal bars (@mantine/charts over recharts). */
export function PivotChart({ bars, title, valueName }: { bars: Bar[]; title: string; valueName: string }) {
  const { i18n } = useTranslation();
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <Box role="figure" aria-label={title} maw={760}>
      <BarChart
        h={Math.min(640, bars.length * ROW + 48)}
        data={bars}
        dataKey="label"
        orientation="vertical"
        series={[{ name: 'value', label: valueName, color: 'blue.6' }]}
        valueFormatter={(v) => num.format(v)}
        yAxisProps={{ width: 180 }}
        withBarValueLabel
        gridAxis="none"
      />
    </Box>
  );
}
