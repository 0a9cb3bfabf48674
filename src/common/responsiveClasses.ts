/**
 * Class names of the responsive list (ResponsiveDatagrid), shared with the end-to-end walks:
 * react-admin's SimpleList sets no class of its own on its root.
 */
export const PHONE_CARDS_CLASS = 'ResponsiveDatagrid-cards';
