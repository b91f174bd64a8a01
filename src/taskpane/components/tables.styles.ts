import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared by the result tables: narrow panes need auto layout and right-aligned figures. */
export const useTableStyles = makeStyles({
  table: {
    tableLayout: 'auto',
    width: '100%',
  },
  numeric: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
  },
  /** Words inside a figures column (a keyed price's model and key) may wrap. */
  wrap: {
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
  /** A badge under a figure, on a line of its own. */
  below: {
    display: 'block',
  },
  numericHeader: {
    justifyContent: 'flex-end',
  },
  totalRow: {
    fontWeight: tokens.fontWeightSemibold,
  },
  secondary: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});
