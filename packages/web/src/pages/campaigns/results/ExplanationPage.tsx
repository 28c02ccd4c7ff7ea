import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import type { NodeExplanation } from '../../../api/scoring.ts';
import { holdsRole, useMe } from '../../../app/auth/useMe.ts';
import { useLocale, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { campaignReaders } from '../campaign-roles.ts';
import { ExplanationTable } from './ExplanationTable.tsx';
import { expandableKeys, treeLines } from './explanation-view.ts';
import { LeafDrawer } from './LeafDrawer.tsx';
import { GradeTag, VetoTag } from './RankingTable.tsx';
import { fmt } from './results-view.ts';
import { useTargetExplanation } from './useResults.ts';
import './explanation.css';

/**
 * 得分说明 (/campaigns/:id/results/:unitId): one target's score as the officials' table, a set at a
 * time, first-level indicators expanding to their leaves and a drawer per leaf; each set's part
 * and the total as the API computed them, so the figures add up. Printing expands every line
 * and hides the menu and buttons.
 */
export function ExplanationPage() {
  const t = useT();
  const { lang } = useLocale();
  const errorText = useErrorText();
  const { id = '', unitId = '' } = useParams();
  const { data, error, isPending } = useTargetExplanation(id, unitId);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const [leaf, setLeaf] = useState<NodeExplanation | null>(null);
  const { data: me } = useMe();
  // A unit's user reads its own explanation but not the campaign page: back goes home instead.
  const back = holdsRole(me, campaignReaders) ? `/campaigns/${id}?tab=results` : '/';

  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 14 }} />
      </Card>
    );
  }
  if (error || !data) {
    return (
      <Result
        status={isApiError(error, 'E_NOT_FOUND') ? '404' : 'warning'}
        title={t('error.loadFailed')}
        subTitle={errorText(error)}
        extra={
          <Link to={back}>
            <Button>{t('results.back')}</Button>
          </Link>
        }
      />
    );
  }
  const allKeys = data.sets.flatMap((s) => expandableKeys(treeLines(s, data.rows)));
  // Everything is open at first: the officials read the whole table.
  const open = expanded ?? allKeys;
  const print = () => {
    flushSync(() => setExpanded(allKeys));
    window.print();
  };

  return (
    <div className="bp-explanation">
      <Flex justify="space-between" className="bp-no-print" style={{ marginBottom: 16 }}>
        <Link to={back}>
          <Button icon={<ArrowLeftOutlined />}>{t('results.back')}</Button>
        </Link>
        <Space>
          <Button onClick={() => setExpanded(open.length ? [] : allKeys)}>
            {t(open.length ? 'results.collapseAll' : 'results.expandAll')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} onClick={print}>
            {t('results.print')}
          </Button>
        </Space>
      </Flex>
      <PageHeader title={t('results.explanationTitle', { name: data.name })} />
      <Flex vertical gap={16}>
        {data.stale && <Alert type="warning" showIcon title={t('results.stale')} />}
        {data.missingCategorySet && <Alert type="info" showIcon title={t('results.missingCategorySet')} />}
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              {
                key: 'total',
                label: t('results.total'),
                children: <strong data-testid="explanation-total">{fmt(data.total)}</strong>,
              },
              {
                key: 'grade',
                label: t('results.grade'),
                children: (
                  <Space size={4}>
                    <GradeTag grade={data.grade} />
                    <VetoTag veto={data.veto} />
                  </Space>
                ),
              },
              { key: 'rank', label: t('results.rank'), children: data.rank },
              { key: 'categoryRank', label: t('results.categoryRank'), children: data.categoryRank },
              {
                key: 'computedAt',
                label: t('results.computedAtLabel'),
                children: new Date(data.computedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'),
              },
              {
                key: 'previous',
                label: t('results.previousCampaign'),
                children: data.previousCampaign?.name ?? t('results.noPrevious'),
              },
              {
                key: 'made',
                label: t('results.totalMade'),
                span: 2,
                children: `${data.sets.map((s) => `${s.name} ${fmt(s.contribution)}`).join(' + ')} = ${fmt(data.total)}`,
              },
            ]}
          />
        </Card>
        {data.sets.map((set) => (
          <Card key={set.setId} size="small" title={set.name} data-testid="explanation-set">
            <ExplanationTable
              set={set}
              rows={data.rows}
              expanded={open}
              onToggle={(key, isOpen) => setExpanded(isOpen ? [...open, key] : open.filter((k) => k !== key))}
              onOpenLeaf={(line) => setLeaf(line.leaf)}
            />
          </Card>
        ))}
      </Flex>
      <LeafDrawer campaignId={id} leaf={leaf} links={data.links} onClose={() => setLeaf(null)} />
    </div>
  );
}
