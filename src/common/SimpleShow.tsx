import type { ReactNode } from 'react';
import { Show, SimpleShowLayout, type ShowProps } from 'react-admin';

export interface SimpleShowProps extends Omit<ShowProps, 'children'> {
  children: ReactNode;
}

/** A react-admin <Show> laying its fields out one per row (SimpleShowLayout). */
export const SimpleShow = ({ children, ...props }: SimpleShowProps) => (
  <Show {...props}>
    <SimpleShowLayout>{children}</SimpleShowLayout>
  </Show>
);
