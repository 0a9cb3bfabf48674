import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { StepBoardRow } from '../../providers/operationsMethods';
import { useFormatters } from '../../common/formatting';
import { formatDuration } from '../time';

/** "Overdue by 5 h" / "Due …" / "No due date", as the step_board read model computed it. */
export const DueLine = ({ step }: { step: Pick<StepBoardRow, 'overdue' | 'overdue_hours' | 'due_at'> }) => {
  const t = useTranslate();
  const formats = useFormatters();
  if (step.overdue) {
    return (
      <Typography variant="body2" color="error">
        {t('ops.board.overdue_by', { time: formatDuration((step.overdue_hours ?? 0) * 3_600_000, t) })}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" color="text.secondary">
      {step.due_at ? t('ops.board.due', { date: formats.dateTime(step.due_at) }) : t('ops.board.no_due')}
    </Typography>
  );
};
