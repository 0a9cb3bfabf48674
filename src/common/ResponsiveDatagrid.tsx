import type { ReactElement, ReactNode } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, SimpleList, type DatagridProps, type RaRecord } from 'react-admin';
import { KeyboardDatagridBody } from './KeyboardDatagridBody';
import { PHONE_CARDS_CLASS } from './responsiveClasses';

type ListText = string | ReactElement | ((record: RaRecord, id: RaRecord['id']) => ReactNode);

export interface ResponsiveDatagridProps extends Omit<DatagridProps, 'children'> {
  /** The table's columns (desktop and tablet). */
  children: ReactNode;
  /** On phones, one card per row: its main line, e.g. the customer's name. */
  primaryText: ListText;
  /** The card's second line (e.g. product and status). */
  secondaryText?: ListText;
  /** Shown on the right of the card's first line (e.g. the date or the amount). */
  tertiaryText?: ListText;
}

/**
 * A list's rows: react-admin's Datagrid from 600 px up, its SimpleList (one card per row, no
 * horizontal scroll) on phones (issue 12: every list usable at 390 px). Both keep the list's
 * sort, pagination and row click; both show react-admin's skeleton while the page loads.
 */
export const ResponsiveDatagrid = ({
  primaryText,
  secondaryText,
  tertiaryText,
  rowClick = 'show',
  bulkActionButtons = false,
  children,
  ...rest
}: ResponsiveDatagridProps) => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  if (phone) {
    return (
      <SimpleList
        className={PHONE_CARDS_CLASS}
        primaryText={primaryText}
        secondaryText={secondaryText}
        tertiaryText={tertiaryText}
        rowClick={typeof rowClick === 'string' || rowClick === false ? rowClick : 'show'}
      />
    );
  }
  return (
    <Datagrid rowClick={rowClick} bulkActionButtons={bulkActionButtons} body={<KeyboardDatagridBody />} {...rest}>
      {children}
    </Datagrid>
  );
};
