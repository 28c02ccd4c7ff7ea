import { indicatorSetStatuses } from '@bianping/core/indicators/vocabulary';
import { Card, Descriptions, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import type { IndicatorSetDetail } from '../../../api/indicators.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { formatPoints } from '../indicator-labels.ts';
import { SetKindTag, SetStatusTag } from '../SetTags.tsx';

/** The sum of the top-level scored indicators, in cents so that 0.1 + 0.2 is 0.3. */
export const topLevelTotal = (detail: IndicatorSetDetail) =>
  detail.nodes
    .filter((n) => n.parentId === null && n.role === 'scored')
    .reduce((s, n) => s + Math.round(n.maxPoints * 100), 0) / 100;

/** 类别, 版本, 状态, 满分 with the top level's total beside it, 加分上限 and where the set came from. */
export function SetSummary({ detail }: { detail: IndicatorSetDetail }) {
  const t = useT();
  const label = useLabel();
  const navigate = useNavigate();
  const { set } = detail;
  const total = topLevelTotal(detail);
  const balanced = total === set.fullMark;
  // `editions` lists the others of the series; this one joins them, newest first.
  const editions = [set, ...detail.editions.filter((e) => e.id !== set.id)].sort(
    (a, b) => b.edition - a.edition,
  );
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('indicators.field.kind')}>
          <SetKindTag kind={set.kind} category={set.category} />
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.field.status')}>
          <SetStatusTag status={set.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.col.edition')}>
          <Select
            size="small"
            value={set.id}
            aria-label={t('indicators.col.edition')}
            style={{ minWidth: 160 }}
            onChange={(id) => navigate(`/indicators/${id}`)}
            options={editions.map((e) => ({
              value: e.id,
              label: `${t('indicators.edition', { edition: e.edition })} · ${label(indicatorSetStatuses.labels[e.status])}`,
            }))}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.field.fullMark')}>
          <span data-testid="set-total">
            {formatPoints(set.fullMark)}{' '}
            <Tag color={balanced ? 'green' : 'red'}>
              {t('indicators.summary.topTotal', { total: formatPoints(total) })}
            </Tag>
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.field.bonusCap')}>
          {set.bonusCap === null ? t('indicators.summary.noBonusCap') : formatPoints(set.bonusCap)}
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.col.updated')}>
          {dayjs(set.updatedAt).format('YYYY-MM-DD HH:mm')}
        </Descriptions.Item>
        {set.publishedAt && (
          <Descriptions.Item label={t('indicators.summary.publishedAt')}>
            {dayjs(set.publishedAt).format('YYYY-MM-DD HH:mm')}
          </Descriptions.Item>
        )}
        {set.derivedFrom && (
          <Descriptions.Item label={t('indicators.summary.derivedFrom')}>
            <Link to={`/indicators/${set.derivedFrom.setId}`}>
              {t('indicators.summary.derivedFromValue', {
                name: set.derivedFrom.name,
                edition: set.derivedFrom.edition,
              })}
            </Link>
          </Descriptions.Item>
        )}
        {set.description && (
          <Descriptions.Item label={t('indicators.field.description')} span="filled">
            {set.description}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
