import type { ImportPreview } from '@bianping/core/imports';
import { Col, Row, Statistic } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';

/** The dry run in figures: rows read, errors, and what the error-free rows would do. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const stats = [
    { key: 'rows', title: t('imports.stat.rows'), value: preview.rows },
    {
      key: 'errors',
      title: t('imports.stat.errors'),
      value: preview.errorCount,
      color: preview.errorCount > 0 ? '#cf1322' : '#389e0d',
    },
    { key: 'create', title: t('imports.stat.create'), value: preview.summary.create },
    { key: 'update', title: t('imports.stat.update'), value: preview.summary.update },
    { key: 'unchanged', title: t('imports.stat.unchanged'), value: preview.summary.unchanged },
  ];
  return (
    <Row gutter={16}>
      {stats.map((s) => (
        <Col key={s.key} flex="1 1 120px">
          <Statistic
            title={s.title}
            value={s.value}
            styles={{ content: s.color ? { color: s.color } : undefined }}
          />
        </Col>
      ))}
    </Row>
  );
}
