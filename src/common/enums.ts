import { Constants } from '../types/database.types';

/**
 * Enum labels of the schema, from the generated types (npm run gen:types), shown through
 * app.enums.<type>.<value>: a new value in a migration appears here without an edit.
 * step_instances.status is a text column (no enum type in the database yet), hence its list.
 */
export const ENUMS = {
  ...Constants.public.Enums,
  step_instance_status: ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'SKIPPED'],
} as const;

export type EnumName = keyof typeof ENUMS;

/** Choices for SelectInput / SelectField; names are translation keys. */
export const enumChoices = (name: EnumName) => ENUMS[name].map((value) => ({ id: value, name: `app.enums.${name}.${value}` }));
