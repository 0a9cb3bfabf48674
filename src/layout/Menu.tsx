import { ListSubheader } from '@mui/material';
import { useId } from 'react';
import { Menu as RaMenu, useCanAccessResources, useSidebarState, useTranslate } from 'react-admin';
import { OperationsMenu } from '../operations';
import { MENU_SECTIONS } from './menuSections';

/**
 * One area of the menu. React-admin's <Menu> is a MUI MenuList (role="menu"), so a section is a
 * role="group" of its menu items, named by its header (a plain div: not a list item, which would
 * sit outside a list). A landmark or a <li> here would break the menu -> menuitem structure.
 */
const MenuSection = ({ sectionKey, resources }: { sectionKey: string; resources: readonly string[] }) => {
  const translate = useTranslate();
  const headerId = useId();
  const [open] = useSidebarState();
  const { canAccess, isPending } = useCanAccessResources({ action: 'list', resources: [...resources] });
  if (isPending || !canAccess) return null;
  const visible = resources.filter((name) => canAccess[name]);
  if (visible.length === 0) return null;
  const label = translate(`app.menu.${sectionKey}`);
  return (
    <div
      role="group"
      aria-labelledby={open ? headerId : undefined}
      aria-label={open ? undefined : label}
      data-testid={`menu-section-${sectionKey}`}
    >
      {open ? (
        <ListSubheader component="div" id={headerId} disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
          {label}
        </ListSubheader>
      ) : null}
      {sectionKey === 'operations' ? <OperationsMenu /> : null}
      {visible.map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
    </div>
  );
};

export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    {MENU_SECTIONS.map((section) => (
      <MenuSection key={section.key} sectionKey={section.key} resources={section.resources} />
    ))}
  </RaMenu>
);
