import { useTranslation } from 'react-i18next';

type Bar = { label: string; value: number };

const ROW = 26;
const LABEL = 180;
const WIDTH = 640;

/** A horizontal bar chart in plain SVG (no chart library in the console), one bar per pivot row. */
export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const { i18n } = useTranslation();
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL - 60;
  const height = bars.length * ROW + 8;
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH, display: 'block' }}>
      <title>{title}</title>
      {bars.map((b, i) => {
        const y = i * ROW + 4;
        const w = Math.max(1, (b.value / max) * plot);
        return (
          <g key={i}>
            <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize="12" fill="var(--mantine-color-text)">
              {b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label}
            </text>
            <rect x={LABEL} y={y + 3} width={w} height={ROW - 8} rx="3" fill="var(--mantine-color-blue-6)" />
            <text x={LABEL + w + 6} y={y + ROW / 2 + 4} fontSize="12" fill="var(--mantine-color-dimmed)">
              {num.format(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
