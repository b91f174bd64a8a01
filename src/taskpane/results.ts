/**
 * What the pane needs once the user calculates, loaded then rather than with the first screen
 * (lazyViews.tsx): the engine and its use for the pane (runForPane), the engine's statement
 * code, and the views of a run's key figures, customers, last year and a customer's drawer.
 * The entry keeps React, Fluent UI and the pane's shell, within the budget in webpack.config.js.
 */
export { runForPane } from './hooks/runForPane';
export { CustomerDrawer } from './components/CustomerDrawer';
export { CustomersView } from './components/CustomersView';
export { KeyFiguresView } from './components/KeyFiguresView';
export { LastYearView } from './components/LastYearView';
export { customerStatement } from '../engine/statement';
