import { lazy } from 'react';

/**
 * The results chunk (results.ts): the engine and the views that need a run. Fetched once,
 * ahead of time (prefetch) and at the latest when the user calculates.
 */
export const loadResults = () => import(/* webpackChunkName: "results", webpackPrefetch: true */ '../results');

export const KeyFiguresView = lazy(async () => ({ default: (await loadResults()).KeyFiguresView }));
export const CustomersView = lazy(async () => ({ default: (await loadResults()).CustomersView }));
export const LastYearView = lazy(async () => ({ default: (await loadResults()).LastYearView }));
export const FollowUpView = lazy(async () => ({ default: (await loadResults()).FollowUpView }));
export const CustomerDrawer = lazy(async () => ({ default: (await loadResults()).CustomerDrawer }));
export const PublishPriceList = lazy(async () => ({ default: (await loadResults()).PublishPriceList }));
