import { Alert, Descriptions } from 'antd';
import type { IndicatorImportResult } from '../../../api/indicators.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { formatPoints } from '../indicator-labels.ts';
import { SetKindTag } from '../SetTags.tsx';

type Summary = NonNullable<IndicatorImportResult['summary']>;

/** What a clean file would become: the set's name, kind, marks and size, and what is unfinished. */
export function ImportSummary({ summary }: { summary: Summary }) {
  const t = useT();
  const errors = summary.problems.filter((p) => p.severity === 'error').length;
  return (
    <>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('indicators.field.name')} span={2}>
          {summary.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.field.kind')}>
          <SetKindTag kind={summary.kind} category={summary.category} />
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.field.fullMark')}>
          {formatPoints(summary.fullMark)}
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.col.nodes')}>{summary.nodeCount}</Descriptions.Item>
        <Descriptions.Item label={t('indicators.import.leaves')}>{summary.leafCount}</Descriptions.Item>
      </Descriptions>
      {errors > 0 && (
        <Alert type="warning" showIcon title={t('indicators.import.unfinished', { count: errors })} />
      )}
    </>
  );
}
