import { useMemo, useState } from 'react';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  IconButton,
  List as MuiList,
  ListItem,
  ListItemText,
  MenuItem,
  Switch,
  TextField as MuiTextField,
  Tooltip,
  Typography,
} from '@mui/material';
import {
  useCanAccess,
  useCreate,
  useDataProvider,
  useDelete,
  useGetList,
  useGetMany,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { errorMessage, useNotifiedAction } from '../common/useNotifiedAction';
import type { BackOfficeDataProvider } from '../providers/dataProvider';
import { changedPositions, moveRow, nextPosition, reassignPositions, sortByPosition, type WorkflowRow } from './workflow';

interface StepRecord {
  id: string;
  code: string;
  label: string;
}

type Positioned = { id: string; position: number };

const parseHours = (value: string): number | null | 'invalid' => {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 'invalid';
};

/**
 * The ordered steps of a product (product_steps): required flag, estimated duration, order.
 * Read-only unless the role may edit products (and `readOnly` is not set).
 */
export const ProductWorkflow = ({ readOnly = false }: { readOnly?: boolean }) => {
  const product = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess: canEdit } = useCanAccess({ resource: 'products', action: 'edit' });
  const editable = !readOnly && canEdit === true;

  const {
    data: rows = [],
    isPending,
    refetch,
  } = useGetList<WorkflowRow & { product_id: string }>(
    'product_steps',
    {
      filter: { product_id: product?.id },
      sort: { field: 'position', order: 'ASC' },
      pagination: { page: 1, perPage: 200 },
    },
    { enabled: !!product?.id },
  );
  const ordered = useMemo(() => sortByPosition(rows), [rows]);
  const { data: steps = [] } = useGetMany<StepRecord>('steps', { ids: ordered.map((row) => row.step_id) });
  const stepById = useMemo(() => new Map(steps.map((step) => [step.id, step])), [steps]);

  const [create] = useCreate();
  const [update] = useUpdate();
  const [remove] = useDelete();
  const { run: reorder, pending: saving } = useNotifiedAction(
    (productId: string, after: readonly Positioned[], changes: readonly Positioned[]) =>
      dataProvider.reorderProductSteps(productId, after, changes),
    { successMessage: 'app.workflow.reordered', onSettled: () => void refetch() },
  );

  if (!product) return null;

  const onError = (error: unknown) => notify(errorMessage(error), { type: 'error' });

  const move = (index: number, delta: number) => {
    const after = reassignPositions(moveRow(ordered, index, delta));
    const changes = changedPositions(ordered, after);
    if (changes.length > 0) reorder(String(product.id), after, changes);
  };

  const setRequired = (row: WorkflowRow, is_required: boolean) =>
    update(
      'product_steps',
      { id: row.id, data: { is_required }, previousData: row },
      { mutationMode: 'pessimistic', onSuccess: () => refetch(), onError },
    );

  const setDuration = (row: WorkflowRow, raw: string) => {
    const hours = parseHours(raw);
    if (hours === 'invalid') {
      notify('app.validation.duration_min', { type: 'error' });
      return;
    }
    if (hours === (row.estimated_duration_hours ?? null)) return;
    update(
      'product_steps',
      { id: row.id, data: { estimated_duration_hours: hours }, previousData: row },
      { mutationMode: 'pessimistic', onSuccess: () => refetch(), onError },
    );
  };

  // Undoable: no row references a workflow step and only an admin sees the button, so the
  // database has no refusal to show here. The step leaves the list at once, "Undo" in the
  // notification keeps it (nothing is sent); the delete is sent when the notification closes,
  // and a failure then puts the row back with the error.
  const removeRow = (row: WorkflowRow) =>
    remove(
      'product_steps',
      { id: row.id, previousData: row },
      {
        mutationMode: 'undoable',
        onSuccess: () => notify('app.workflow.step_removed', { type: 'info', undoable: true }),
        onError,
      },
    );

  return (
    <Box data-testid="product-workflow" sx={{ mt: 1, width: '100%', maxWidth: 720 }}>
      <Typography variant="h6" gutterBottom>
        {translate('app.workflow.title')}
      </Typography>
      {!isPending && ordered.length === 0 ? <Typography color="text.secondary">{translate('app.workflow.empty')}</Typography> : null}
      <MuiList dense aria-label={translate('app.workflow.title')}>
        {ordered.map((row, index) => {
          const step = stepById.get(row.step_id);
          const label = step ? step.label : '…';
          return (
            <ListItem
              key={row.id}
              divider
              data-testid="workflow-step"
              data-step-code={step?.code ?? ''}
              secondaryAction={
                editable ? (
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                    <Tooltip title={translate('app.workflow.move_up')}>
                      <span>
                        <IconButton
                          aria-label={`${translate('app.workflow.move_up')} ${label}`}
                          disabled={index === 0 || saving}
                          onClick={() => move(index, -1)}
                        >
                          <ArrowUpwardIcon />
                        </IconButton>
                      </span>
                    </Tooltip>
                    <Tooltip title={translate('app.workflow.move_down')}>
                      <span>
                        <IconButton
                          aria-label={`${translate('app.workflow.move_down')} ${label}`}
                          disabled={index === ordered.length - 1 || saving}
                          onClick={() => move(index, 1)}
                        >
                          <ArrowDownwardIcon />
                        </IconButton>
                      </span>
                    </Tooltip>
                    <Tooltip title={translate('app.workflow.remove')}>
                      <IconButton aria-label={`${translate('app.workflow.remove')} ${label}`} onClick={() => removeRow(row)}>
                        <DeleteIcon />
                      </IconButton>
                    </Tooltip>
                  </Box>
                ) : null
              }
            >
              <Typography sx={{ width: 32, fontWeight: 'bold' }}>{index + 1}.</Typography>
              <ListItemText
                primary={label}
                secondary={
                  editable ? null : (
                    <>
                      {translate(row.is_required ? 'app.workflow.required' : 'app.workflow.optional')}
                      {row.estimated_duration_hours
                        ? ` · ${translate('app.workflow.hours', { smart_count: row.estimated_duration_hours })}`
                        : ''}
                    </>
                  )
                }
              />
              {editable ? (
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mr: 16 }}>
                  <FormControlLabel
                    control={
                      <Switch
                        size="small"
                        checked={row.is_required !== false}
                        onChange={(event) => setRequired(row, event.target.checked)}
                      />
                    }
                    label={translate('resources.product_steps.fields.is_required')}
                  />
                  <MuiTextField
                    size="small"
                    type="number"
                    sx={{ width: 120 }}
                    label={translate('resources.product_steps.fields.estimated_duration_hours')}
                    defaultValue={row.estimated_duration_hours ?? ''}
                    slotProps={{ htmlInput: { min: 1, step: 1 } }}
                    onBlur={(event) => setDuration(row, event.target.value)}
                  />
                </Box>
              ) : null}
            </ListItem>
          );
        })}
      </MuiList>
      {editable ? (
        <AddWorkflowStep
          productId={String(product.id)}
          existingStepIds={ordered.map((row) => row.step_id)}
          position={nextPosition(ordered)}
          onAdded={() => refetch()}
          create={create}
          onError={onError}
        />
      ) : null}
    </Box>
  );
};

const AddWorkflowStep = ({
  productId,
  existingStepIds,
  position,
  onAdded,
  create,
  onError,
}: {
  productId: string;
  existingStepIds: string[];
  position: number;
  onAdded: () => void;
  create: ReturnType<typeof useCreate>[0];
  onError: (error: unknown) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { data: allSteps = [] } = useGetList<StepRecord>('steps', {
    sort: { field: 'position', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  const available = allSteps.filter((step) => !existingStepIds.includes(step.id));
  const [stepId, setStepId] = useState('');
  const [required, setRequired] = useState(true);
  const [hours, setHours] = useState('');
  const hoursValue = parseHours(hours);

  const submit = () => {
    if (!stepId || hoursValue === 'invalid') return;
    create(
      'product_steps',
      {
        data: {
          product_id: productId,
          step_id: stepId,
          position,
          is_required: required,
          estimated_duration_hours: hoursValue,
        },
      },
      {
        onSuccess: () => {
          notify('app.workflow.step_added', { type: 'info' });
          setStepId('');
          setHours('');
          setRequired(true);
          onAdded();
        },
        onError,
      },
    );
  };

  return (
    <Box
      component="form"
      aria-label={translate('app.workflow.add_step')}
      data-testid="workflow-add-step"
      sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mt: 1 }}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <MuiTextField
        select
        size="small"
        sx={{ minWidth: 220 }}
        label={translate('resources.product_steps.fields.step_id')}
        value={stepId}
        onChange={(event) => setStepId(event.target.value)}
        slotProps={{ select: { inputProps: { 'data-testid': 'workflow-step-select' } } }}
      >
        {available.map((step) => (
          <MenuItem key={step.id} value={step.id}>
            {step.label}
          </MenuItem>
        ))}
      </MuiTextField>
      <FormControlLabel
        control={<Checkbox checked={required} onChange={(event) => setRequired(event.target.checked)} />}
        label={translate('resources.product_steps.fields.is_required')}
      />
      <MuiTextField
        size="small"
        type="number"
        sx={{ width: 160 }}
        label={translate('resources.product_steps.fields.estimated_duration_hours')}
        value={hours}
        error={hoursValue === 'invalid'}
        helperText={hoursValue === 'invalid' ? translate('app.validation.duration_min') : undefined}
        onChange={(event) => setHours(event.target.value)}
        slotProps={{ htmlInput: { min: 1, step: 1 } }}
      />
      <Button type="submit" variant="outlined" disabled={!stepId || hoursValue === 'invalid'}>
        {translate('app.workflow.add_step')}
      </Button>
    </Box>
  );
};
