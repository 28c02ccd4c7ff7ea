import { Card, Col, Row, Tabs } from 'antd';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { idParam } from '../../../components/url-params.ts';
import { CalendarTab } from './CalendarTab.tsx';
import { RegionSettingsPanel } from './RegionSettingsPanel.tsx';
import { SettingsRegionTree } from './SettingsRegionTree.tsx';

/**
 * 预警设置: thresholds per region (regions on the left, the chosen one's form on the right) and
 * the office calendar. The tab, region and year live in the address bar.
 */
export function WarningSettingsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'calendar' ? 'calendar' : 'thresholds';
  const regionId = idParam(params.get('region'));
  const setParam = useCallback(
    (name: string, value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(name, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const pickRegion = useCallback((id: string) => setParam('region', id), [setParam]);

  const thresholds = (
    <Row gutter={[16, 16]} wrap={false} style={{ alignItems: 'flex-start' }}>
      <Col flex="280px">
        <Card title={t('warnings.settings.regions')} size="small">
          <SettingsRegionTree value={regionId} onChange={pickRegion} />
        </Card>
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        {regionId ? (
          <RegionSettingsPanel regionId={regionId} />
        ) : (
          <Card>{t('warnings.settings.pickRegion')}</Card>
        )}
      </Col>
    </Row>
  );

  return (
    <>
      <PageHeader title={t('warnings.settings.title')} subtitle={t('warnings.settings.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParam('tab', key)}
        items={[
          { key: 'thresholds', label: t('warnings.settings.tabThresholds'), children: thresholds },
          { key: 'calendar', label: t('warnings.settings.tabCalendar'), children: <CalendarTab /> },
        ]}
      />
    </>
  );
}
