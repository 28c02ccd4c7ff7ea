import { Card, Skeleton } from 'antd';
import { Suspense } from 'react';
import { registryReaders } from '../../app/auth/registry-roles.ts';
import { holdsRole, useCurrentUser } from '../../app/auth/useMe.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { WelcomeCard } from './WelcomeCard.tsx';

// ECharts is most of this page's weight; users without the overview never download it.
const RegistryOverviewPanel = lazyPage(() => import('./RegistryOverviewPanel.tsx'), 'RegistryOverviewPanel');

/** The registry at a glance for those who read it; a personal welcome for everyone else. */
export function HomePage() {
  const me = useCurrentUser();
  const t = useT();
  const readsRegistry = holdsRole(me, registryReaders);
  return (
    <>
      <PageHeader
        title={t('home.title')}
        subtitle={readsRegistry ? t('home.welcome', { name: me.displayName }) : undefined}
      />
      {readsRegistry ? (
        <Suspense
          fallback={
            <Card>
              <Skeleton active paragraph={{ rows: 6 }} />
            </Card>
          }
        >
          <RegistryOverviewPanel />
        </Suspense>
      ) : (
        <WelcomeCard />
      )}
    </>
  );
}
