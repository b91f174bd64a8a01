/**
 * What the pane needs once the user calculates, loaded then rather than with the first screen
 * (lazyViews.tsx): the engine's part of a run for the pane (in Excel it runs on the page; the
 * browser runs the same code in its worker), and the views of a run's key figures, customers,
 * last year and a customer's drawer. The entry keeps React, Fluent UI and the pane's shell,
 * within the budget in webpack.config.js.
 */
export { calculateForPane, customerDetail, statementsOf } from './worker/engineRun';
export { CustomerDrawer } from './components/CustomerDrawer';
export { CustomersView } from './components/CustomersView';
export { KeyFiguresView } from './components/KeyFiguresView';
export { LastYearView } from './components/LastYearView';
