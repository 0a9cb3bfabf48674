import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, useCanAccessResources, useSidebarState, useTranslate } from 'react-admin';
import { OperationsMenu } from '../operations';
import { MENU_SECTIONS } from './menuSections';

const MenuSection = ({ sectionKey, resources }: { sectionKey: string; resources: readonly string[] }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { canAccess, isPending } = useCanAccessResources({ action: 'list', resources: [...resources] });
  if (isPending || !canAccess) return null;
  const visible = resources.filter((name) => canAccess[name]);
  if (visible.length === 0) return null;
  return (
    <nav aria-label={translate(`app.menu.${sectionKey}`)} data-testid={`menu-section-${sectionKey}`}>
      {open ? (
        <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
          {translate(`app.menu.${sectionKey}`)}
        </ListSubheader>
      ) : null}
      {sectionKey === 'operations' ? <OperationsMenu /> : null}
      {visible.map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
    </nav>
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
