import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { Box, Divider } from '@mui/material';
import { ProductInputs } from './ProductInputs';
import { ProductWorkflow } from './ProductWorkflow';

const ProductEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

export const ProductEdit = () => (
  <Edit actions={<ProductEditActions />} mutationMode="pessimistic">
    <SimpleForm>
      <ProductInputs />
    </SimpleForm>
    <Box sx={{ px: 2, pb: 2 }}>
      <Divider sx={{ mb: 2 }} />
      <ProductWorkflow />
    </Box>
  </Edit>
);
