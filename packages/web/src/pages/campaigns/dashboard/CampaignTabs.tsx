import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import type { CampaignDetail } from '../../../api/campaigns.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { ExternalTab } from '../external/ExternalTab.tsx';
import { ResultsTab } from '../results/ResultsTab.tsx';
import { PlanWizard } from '../wizard/PlanWizard.tsx';
import { ProgressDashboard } from './ProgressDashboard.tsx';

/**
 * A launched campaign's page: 方案 (the plan, read-only), 进度 (the dashboard), 外部评价 and 综合评定.
 * The open tab is in the address bar (`?tab=progress`, `?tab=external`, `?tab=results`); the
 * plan's own step parameter replaces it, which lands on the plan tab, where step changes happen
 * anyway.
 */
export function CampaignTabs({ detail }: { detail: CampaignDetail }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const active = tab === 'progress' || tab === 'external' || tab === 'results' ? tab : 'plan';
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => setParams(key === 'plan' ? {} : { tab: key }, { replace: true })}
      destroyOnHidden
      items={[
        { key: 'plan', label: t('campaigns.tab.plan'), children: <PlanWizard detail={detail} /> },
        {
          key: 'progress',
          label: t('campaigns.tab.progress'),
          children: <ProgressDashboard detail={detail} />,
        },
        { key: 'external', label: t('external.tab'), children: <ExternalTab detail={detail} /> },
        { key: 'results', label: t('results.tab'), children: <ResultsTab detail={detail} /> },
      ]}
    />
  );
}
