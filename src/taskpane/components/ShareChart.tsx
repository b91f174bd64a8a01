import { makeStyles, tokens } from '@fluentui/react-components';
import { pct } from '../format';
import { shareChartLayout, type ShareBar } from '../keyFigures/shareBars';

const useStyles = makeStyles({
  svg: {
    display: 'block',
    width: '100%',
    maxWidth: '420px',
    height: 'auto',
  },
  track: { fill: tokens.colorNeutralBackground3 },
  bar0: { fill: tokens.colorBrandBackground },
  bar1: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  reference: { stroke: tokens.colorNeutralForeground1, strokeWidth: '2px' },
  label: {
    fill: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: '11px',
  },
  value: {
    fill: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: '11px',
    fontVariantNumeric: 'tabular-nums',
  },
});

export interface ShareChartProps {
  bars: readonly ShareBar[];
  /** The chart's accessible name: every number it shows, in words. */
  label: string;
}

/**
 * A small bar chart of shares, drawn as SVG (no chart library in the bundle). Screen readers get
 * the numbers from the label (role="img"); sighted users read them beside the bars too.
 */
export function ShareChart({ bars, label }: ShareChartProps) {
  const styles = useStyles();
  const layout = shareChartLayout(bars);
  const barClass = [styles.bar0, styles.bar1];
  return (
    <svg className={styles.svg} viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={label}>
      {layout.bars.map((b, i) => {
        const mid = b.y + layout.rowHeight / 2;
        const top = mid - layout.barHeight / 2;
        return (
          <g key={b.label}>
            <text className={styles.label} x={0} y={mid} dominantBaseline="middle">
              {b.label}
            </text>
            <rect className={styles.track} x={layout.trackX} y={top} width={layout.trackWidth} height={layout.barHeight} rx={2} />
            <rect className={barClass[i % barClass.length]} x={layout.trackX} y={top} width={b.width} height={layout.barHeight} rx={2} />
            {b.referenceX !== null && <line className={styles.reference} x1={b.referenceX} x2={b.referenceX} y1={top - 3} y2={top + layout.barHeight + 3} />}
            <text className={styles.value} x={layout.width} y={mid} dominantBaseline="middle" textAnchor="end">
              {b.value === null ? '–' : pct(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
