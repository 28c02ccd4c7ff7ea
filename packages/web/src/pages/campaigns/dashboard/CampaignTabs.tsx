import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import type { CampaignDetail } from '../../../api/campaigns.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { PlanWizard } from '../wizard/PlanWizard.tsx';
import { ProgressDashboard } from './ProgressDashboard.tsx';

/**
 * A launched campaign's page: 方案 (the plan, read-only) and 进度 (the dashboard). The open tab is
 * in the address bar (`?tab=progress`); the plan's own step parameter replaces it, which lands on
 * the plan tab, where step changes happen anyway.
 */
export function CampaignTabs({ detail }: { detail: CampaignDetail }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const active = params.get('tab') === 'progress' ? 'progress' : 'plan';
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => setParams(key === 'progress' ? { tab: key } : {}, { replace: true })}
      destroyOnHidden
      items={[
        { key: 'plan', label: t('campaigns.tab.plan'), children: <PlanWizard detail={detail} /> },
        {
          key: 'progress',
          label: t('campaigns.tab.progress'),
          children: <ProgressDashboard detail={detail} />,
        },
      ]}
    />
  );
}
