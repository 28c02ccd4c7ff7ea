import { useQuery } from '@tanstack/react-query';
import { Alert, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { fetchEfficiencyOptions } from '../../api/analysis.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { DeaTab } from './DeaTab.tsx';
import { MalmquistTab } from './MalmquistTab.tsx';
import { StaffingNeedTab } from './StaffingNeedTab.tsx';

const tabs = ['dea', 'malmquist', 'need'] as const;

/** 使用效益: DEA of a peer group, Malmquist over years, 编制测算 of one unit (`?tab=`). */
export function EfficiencyPage() {
  const t = useT();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((k) => k === params.get('tab')) ?? 'dea';
  const options = useQuery({
    queryKey: ['analysis', 'options'],
    queryFn: ({ signal }) => fetchEfficiencyOptions(signal),
  });

  return (
    <>
      <PageHeader title={t('analysis.title')} subtitle={t('analysis.subtitle')} />
      {options.isPending ? (
        <FullPageSpin />
      ) : options.isError ? (
        <Alert type="error" showIcon message={errorText(options.error)} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden={false}
          items={[
            { key: 'dea', label: t('analysis.tab.dea'), children: <DeaTab options={options.data} /> },
            {
              key: 'malmquist',
              label: t('analysis.tab.malmquist'),
              children: <MalmquistTab options={options.data} />,
            },
            {
              key: 'need',
              label: t('analysis.tab.need'),
              children: <StaffingNeedTab options={options.data} />,
            },
          ]}
        />
      )}
    </>
  );
}
