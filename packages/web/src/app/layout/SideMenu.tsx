import { Menu, type MenuProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/useMe.ts';
import { useT } from '../i18n/LocaleContext.ts';
import { activeKeys, type NavItem, navigation, visibleNavigation } from './navigation.tsx';

type MenuItem = Required<MenuProps>['items'][number];

export function SideMenu({ collapsed }: { collapsed: boolean }) {
  const me = useCurrentUser();
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const items = useMemo(
    () =>
      visibleNavigation(
        navigation,
        me.roles.map((r) => r.role),
      ),
    [me.roles],
  );
  const { selected, open } = activeKeys(items, pathname);
  const [openKeys, setOpenKeys] = useState<string[]>(open ? [open] : []);
  // Opening a page by URL or from elsewhere unfolds its group.
  useEffect(() => {
    if (open) setOpenKeys((keys) => (keys.includes(open) ? keys : [...keys, open]));
  }, [open]);

  const toMenu = (list: NavItem[]): MenuItem[] =>
    list.map((item) =>
      item.children
        ? { key: item.key, icon: item.icon, label: t(item.label), children: toMenu(item.children) }
        : { key: item.key, icon: item.icon, label: t(item.label) },
    );

  return (
    <Menu
      theme="dark"
      mode="inline"
      aria-label={t('nav.menu')}
      items={toMenu(items)}
      selectedKeys={selected ? [selected] : []}
      openKeys={collapsed ? undefined : openKeys}
      onOpenChange={setOpenKeys}
      onClick={({ key }) => navigate(key)}
    />
  );
}
