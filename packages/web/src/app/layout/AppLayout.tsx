import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useT } from '../i18n/LocaleContext.ts';
import { Brand } from './Brand.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { SideMenu } from './SideMenu.tsx';
import { UserMenu } from './UserMenu.tsx';

const COLLAPSED_KEY = 'bianping.siderCollapsed';

// Storage can be unavailable (private mode, policy); the menu then simply starts unfolded.
const readCollapsed = () => {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
};
const writeCollapsed = (value: boolean) => {
  try {
    localStorage.setItem(COLLAPSED_KEY, value ? '1' : '0');
  } catch {
    // Not remembered; nothing else depends on it.
  }
};

/** The frame around every page after login: menu by domain on the left, account on the right. */
export function AppLayout() {
  const t = useT();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(() => readCollapsed());
  const toggle = () => {
    writeCollapsed(!collapsed);
    setCollapsed(!collapsed);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={220}
        collapsedWidth={64}
        collapsible
        collapsed={collapsed}
        trigger={null}
        breakpoint="lg"
        onBreakpoint={(broken) => setCollapsed(broken)}
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <Brand collapsed={collapsed} />
        <SideMenu collapsed={collapsed} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="bp-header">
          <Button
            type="text"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={toggle}
            aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
          />
          <Flex align="center" gap={8}>
            <LanguageSwitch />
            <NotificationBell />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content className="bp-content">
          {/* A crash in one page must not take the menu down; a new route resets the boundary. */}
          <ErrorBoundary key={pathname}>
            <Suspense
              fallback={
                <Flex justify="center" style={{ padding: 80 }}>
                  <Spin />
                </Flex>
              }
            >
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
        <Layout.Footer className="bp-footer">{t('app.title')}</Layout.Footer>
      </Layout>
    </Layout>
  );
}
