import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { DossierLookupRow } from '../../providers/operationsMethods';
import { opsKeys, useOpsDataProvider } from '../queries';
import { useDebounced } from '../useDebounced';

export interface DossierFilterProps {
  dossierId: string | undefined;
  invalid: boolean;
  onChange: (dossierId: string | undefined) => void;
}

const MIN_TERM = 2;
const label = (row: DossierLookupRow) => `${row.customer_name ?? row.customer_email ?? '—'} · ${row.type ?? ''} · ${row.id.slice(0, 8)}`;

/** Picks a dossier by customer name, e-mail or the start of its id (public.dossier_lookup). */
export const DossierFilter = ({ dossierId, invalid, onChange }: DossierFilterProps) => {
  const t = useTranslate();
  const dataProvider = useOpsDataProvider();
  const [input, setInput] = useState('');
  const term = useDebounced(input.trim());
  const [chosen, setChosen] = useState<DossierLookupRow | null>(null);
  const { data: options = [], isFetching } = useQuery({
    queryKey: opsKeys.dossierLookup(term),
    queryFn: () => dataProvider.lookupDossiers(term),
    enabled: term.length >= MIN_TERM,
  });
  // The chosen row, or the bare id the URL carries (the page was opened from a link).
  const value = dossierId
    ? chosen?.id === dossierId
      ? chosen
      : { id: dossierId, type: null, status: null, created_at: null, customer_name: null, customer_email: null, search_text: null }
    : null;
  return (
    <Autocomplete
      size="small"
      sx={{ minWidth: 320 }}
      options={options}
      value={value}
      filterOptions={(rows) => rows}
      loading={isFetching}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      getOptionLabel={(row) => (row.customer_name || row.customer_email ? label(row) : row.id)}
      noOptionsText={term.length >= MIN_TERM ? t('ops.activity.no_dossier') : t('ops.activity.type_to_search')}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setInput(text);
      }}
      onChange={(_event, row) => {
        setChosen(row);
        onChange(row?.id);
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('ops.activity.dossier')}
          error={invalid}
          helperText={invalid ? t('ops.activity.invalid_uuid') : undefined}
        />
      )}
    />
  );
};
