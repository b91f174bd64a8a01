/** Kundbesked: a customer's printable statement, and finding customers by name. */
export { customerStatement } from './statement';
export type { Statement, StatementComparison, StatementComparisonLine, StatementDeviation, StatementLine, StatementTexts } from './statement';
export { closeNames, findCustomer, UnknownCustomerError } from './customers';
export { STATEMENT_SHEET_PREFIX, statementSheetNames } from './sheetName';
