import { lazy, Suspense } from 'react';
import type { RolloverActionProps } from './RolloverAction';

/**
 * The button shows only after a run, so it comes with the results chunk (lazyViews.tsx), not
 * in the pane's first download.
 */
const RolloverAction = lazy(async () => ({ default: (await import(/* webpackChunkName: "results" */ './RolloverAction')).RolloverAction }));

/** Skapa nästa års arbetsbok, loaded when a run without errors is there to make it from. */
export function NextYearButton(props: RolloverActionProps) {
  if (!props.calculated || !props.workbook?.nextYear) return null;
  return (
    <Suspense fallback={null}>
      <RolloverAction {...props} />
    </Suspense>
  );
}
