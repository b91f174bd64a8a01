import { lazy, Suspense } from 'react';
import type { DecideVersionProps } from './DecideVersion';

/** The dialog and its texts are a chunk of their own, fetched when the pane shows the button: the pane's entry stays within its size budget. */
const DecideVersion = lazy(async () => ({ default: (await import(/* webpackChunkName: "decide" */ './DecideVersion')).DecideVersion }));

export function DecideVersionLazy(props: DecideVersionProps) {
  return (
    <Suspense fallback={null}>
      <DecideVersion {...props} />
    </Suspense>
  );
}
