import { Body1, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2 } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { renderMessage } from '../../engine/messages/catalog';
import type { Problem } from '../../engine/problems';
import { errorMessage } from '../hooks/errorMessage';
import { useStrings } from '../i18n';
import { groupProblems, type ProblemGroup } from '../summary/problems';
import { useCheckListStyles } from './CheckList.styles';

/** More than this many in a table are summarised; the Kontroller sheet has them all. */
const SHOWN_PER_TABLE = 100;

export interface CheckListProps {
  problems: readonly Problem[];
  /** Given in Excel: each located problem gets a "Gå till cellen" link. */
  selectCell?: (address: string) => Promise<void>;
}

/** Kontroller on screen, grouped by input table. */
export function CheckList({ problems, selectCell }: CheckListProps) {
  const strings = useStrings();
  if (problems.length === 0) return <Body1>{strings.noProblems}</Body1>;
  return (
    <>
      {groupProblems(problems).map((group) => (
        <Group key={group.table} group={group} selectCell={selectCell} />
      ))}
    </>
  );
}

function Group({ group, selectCell }: { group: ProblemGroup; selectCell?: CheckListProps['selectCell'] }) {
  const strings = useStrings();
  const styles = useCheckListStyles();
  const headingId = useId();
  const hidden = group.problems.length - SHOWN_PER_TABLE;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {strings.groupHeading(group.table || strings.workbookGroup, group.errors, group.warnings)}
      </Subtitle2>
      {group.problems.slice(0, SHOWN_PER_TABLE).map((problem, i) => (
        <ProblemBar key={i} problem={problem} selectCell={selectCell} />
      ))}
      {hidden > 0 && <Body1>{strings.moreProblems(hidden)}</Body1>}
    </section>
  );
}

function ProblemBar({ problem, selectCell }: { problem: Problem; selectCell?: CheckListProps['selectCell'] }) {
  const strings = useStrings();
  const styles = useCheckListStyles();
  // The error kept as it came, so that its text follows the language switch.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const { cell } = problem;
  const goTo =
    selectCell && cell
      ? async () => {
          setFailure(null);
          try {
            await selectCell(cell);
          } catch (error) {
            console.error(error);
            setFailure({ error });
          }
        }
      : null;
  const location = strings.location(problem.row, problem.column, cell);
  return (
    <MessageBar intent={problem.level === 'error' ? 'error' : 'warning'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problem.level === 'error' ? strings.errorTitle : strings.warningTitle}</MessageBarTitle>
        {location && <span className={styles.location}>{location}</span>}
        {renderMessage(problem.text, strings.lang)}
        {failure !== null && cell && (
          <span className={styles.location}>{`${strings.goToCellFailed(cell)}: ${errorMessage(failure.error, strings.lang)}`}</span>
        )}
      </MessageBarBody>
      {goTo && cell && (
        <MessageBarActions>
          <Link as="button" onClick={() => void goTo()} aria-label={strings.goToCellLabel(cell)}>
            {strings.goToCell}
          </Link>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
