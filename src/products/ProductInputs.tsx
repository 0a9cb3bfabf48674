import { BooleanInput, TextInput } from 'react-admin';
import { Box } from '@mui/material';
import { EnumInput } from '../common/EnumInput';
import { PriceInput } from '../common/PriceInput';
import {
  codeValidators,
  currencyValidators,
  descriptionValidators,
  nameValidators,
  priceValidators,
  requiredField,
  stripeIdValidators,
} from '../common/validation';

/** The inputs of a product, shared by create and edit. */
export const ProductInputs = () => {
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextInput source="code" validate={codeValidators} sx={{ flex: 1, minWidth: 200 }} />
        <TextInput source="name" validate={nameValidators} sx={{ flex: 2, minWidth: 240 }} />
      </Box>
      <TextInput source="description" validate={descriptionValidators} multiline minRows={2} fullWidth />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <EnumInput source="dossier_type" enumName="dossier_type" validate={requiredField} />
        <EnumInput source="initial_status" enumName="dossier_status_code" validate={requiredField} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <PriceInput source="price_amount" validate={priceValidators} />
        <TextInput source="currency" validate={currencyValidators} parse={(v: string) => v?.toUpperCase()} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextInput source="stripe_product_id" validate={stripeIdValidators} parse={(v: string) => (v === '' ? null : v)} />
        <TextInput source="stripe_price_id" validate={stripeIdValidators} parse={(v: string) => (v === '' ? null : v)} />
      </Box>
      <BooleanInput source="active" />
    </Box>
  );
};
