import { Body1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useId } from 'react';
import { useStrings } from '../i18n';
import type { PaneSettings } from '../summary/settings';
import { useTableStyles } from './tables.styles';

/** The Inställningar the run used, read-only, each with what it does. */
export function SettingsView({ settings }: { settings: PaneSettings }) {
  const strings = useStrings();
  const styles = useTableStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.settingsHeading}
      </Subtitle2>
      <Body1>{strings.settingsIntro}</Body1>
      <Table className={styles.table} size="small" aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.parameter}</TableHeaderCell>
            <TableHeaderCell>{strings.effect}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {strings.settingLines(settings).map((line) => (
            <TableRow key={line.parameter}>
              <TableCell>
                {line.parameter}
                <span className={styles.secondary}>{line.value}</span>
              </TableCell>
              <TableCell>{line.effect}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
