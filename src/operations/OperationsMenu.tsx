import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { operationsMenuItems, type OperationsMenuItem } from './menuItems';

const Item = ({ item }: { item: OperationsMenuItem }) => {
  const t = useTranslate();
  const { canAccess, isPending } = useCanAccess(item.access);
  if (isPending || !canAccess) return null;
  const Icon = item.icon;
  return <Menu.Item to={item.path} primaryText={t(item.labelKey)} leftIcon={<Icon />} data-testid={`menu-${item.path.slice(1)}`} />;
};

/** The operations screens' menu entries the signed-in role may open (place inside <Menu>). */
export const OperationsMenu = () => (
  <>
    {operationsMenuItems.map((item) => (
      <Item key={item.path} item={item} />
    ))}
  </>
);
