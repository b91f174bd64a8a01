import { makeStyles, tokens } from '@fluentui/react-components';
import { mkr } from '../format';
import { useStrings } from '../i18n';
import type { AreaFollowUp } from '../model/followUp';
import { followUpChartLayout, type FollowUpBarKind } from '../model/followUpChart';

const useStyles = makeStyles({
  svg: {
    display: 'block',
    width: '100%',
    maxWidth: '420px',
    height: 'auto',
  },
  track: { fill: tokens.colorNeutralBackground3 },
  budget: { fill: tokens.colorNeutralForeground3 },
  actual: { fill: tokens.colorBrandBackground },
  forecast: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  reference: { stroke: tokens.colorNeutralForeground1, strokeWidth: '2px' },
  title: {
    fill: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: '12px',
    fontWeight: tokens.fontWeightSemibold,
  },
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

export interface FollowUpChartProps {
  areas: readonly AreaFollowUp[];
  /** The chart's accessible name: every figure it draws, in words. */
  label: string;
}

/**
 * Budget, actual and forecast cost per area as small SVG bars on one scale (no chart library in
 * the bundle). Screen readers get the figures from the label (role="img") and the table beside it.
 */
export function FollowUpChart({ areas, label }: FollowUpChartProps) {
  const styles = useStyles();
  const strings = useStrings();
  const layout = followUpChartLayout(areas);
  const names: Record<FollowUpBarKind, string> = { budget: strings.barBudget, actual: strings.barActual, forecast: strings.barForecast };
  return (
    <svg className={styles.svg} viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={label}>
      {layout.groups.map((g) => (
        <g key={g.area}>
          <text className={styles.title} x={0} y={g.titleY}>
            {g.area}
          </text>
          {g.bars.map((b) => {
            const mid = b.y + layout.rowHeight / 2;
            const top = mid - layout.barHeight / 2;
            return (
              <g key={b.kind}>
                <text className={styles.label} x={0} y={mid} dominantBaseline="middle">
                  {names[b.kind]}
                </text>
                <rect className={styles.track} x={layout.trackX} y={top} width={layout.trackWidth} height={layout.barHeight} rx={2} />
                <rect className={styles[b.kind]} x={layout.trackX} y={top} width={b.width} height={layout.barHeight} rx={2} />
                {b.referenceX !== null && <line className={styles.reference} x1={b.referenceX} x2={b.referenceX} y1={top - 3} y2={top + layout.barHeight + 3} />}
                <text className={styles.value} x={layout.width} y={mid} dominantBaseline="middle" textAnchor="end">
                  {mkr(b.value)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
