/**
 * What the pane needs once the user calculates, loaded then rather than with the first screen
 * (lazyViews.tsx): the views of a run's key figures, customers, last year, the follow-up and a
 * customer's drawer. The engine is not here: it runs in the pane's worker, in Excel as in the browser. The
 * entry keeps React, Fluent UI and the pane's shell, within the budget in webpack.config.js.
 */
export { CustomerDrawer } from './components/CustomerDrawer';
export { CustomersView } from './components/CustomersView';
export { FollowUpView } from './components/FollowUpView';
export { KeyFiguresView } from './components/KeyFiguresView';
export { LastYearView } from './components/LastYearView';
export { PublishPriceList } from './components/PublishPriceList';
