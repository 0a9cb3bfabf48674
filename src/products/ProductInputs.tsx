import { BooleanInput, NumberInput, TextInput } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { codeValidators, currencyValidators, priceValidators, requiredField } from '../common/validation';

/** The inputs of a product, shared by create and edit. */
export const ProductInputs = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextInput source="code" validate={codeValidators} sx={{ flex: 1, minWidth: 200 }} />
        <TextInput source="name" validate={requiredField} sx={{ flex: 2, minWidth: 240 }} />
      </Box>
      <TextInput source="description" multiline minRows={2} fullWidth />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <EnumInput source="dossier_type" enumName="dossier_type" validate={requiredField} />
        <EnumInput source="initial_status" enumName="dossier_status_code" validate={requiredField} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput
          source="price_amount"
          validate={priceValidators}
          helperText={translate('app.money.amount_minor_help')}
          min={0}
          step={1}
        />
        <TextInput source="currency" validate={currencyValidators} parse={(v: string) => v?.toUpperCase()} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextInput source="stripe_product_id" parse={(v: string) => (v === '' ? null : v)} />
        <TextInput source="stripe_price_id" parse={(v: string) => (v === '' ? null : v)} />
      </Box>
      <BooleanInput source="active" />
      <Typography variant="caption" color="text.secondary" />
    </Box>
  );
};
