import type { AuditEntry } from '@bianping/core/audit';
import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { changedFields } from './changed-fields.ts';

function JsonBlock({ value }: { value: unknown }) {
  const t = useT();
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">{t('audit.nothing')}</Typography.Text>;
  return <pre className="bp-json">{JSON.stringify(value, null, 2)}</pre>;
}

/** An entry's before and after side by side, with the fields that changed named first. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const t = useT();
  // A creation or a deletion changes everything; naming every field would only add noise.
  const compared = entry.before != null && entry.after != null;
  const fields = compared ? changedFields(entry.before, entry.after) : [];
  return (
    <div style={{ padding: '4px 8px' }}>
      {compared && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Typography.Text strong>{t('audit.changedFields')}</Typography.Text>
          {fields.length ? (
            fields.map((f) => (
              <Tag key={f} color="orange">
                {f}
              </Tag>
            ))
          ) : (
            <Typography.Text type="secondary">{t('audit.noChangedFields')}</Typography.Text>
          )}
        </Space>
      )}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('audit.before')}>
            <JsonBlock value={entry.before} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('audit.after')}>
            <JsonBlock value={entry.after} />
          </Card>
        </Col>
      </Row>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 12 }}
        items={[
          { key: 'req', label: t('audit.requestId'), children: entry.requestId ?? '—' },
          {
            key: 'hash',
            label: t('audit.hash'),
            children: (
              <Typography.Text code copyable style={{ fontSize: 12 }}>
                {entry.hash}
              </Typography.Text>
            ),
          },
        ]}
      />
    </div>
  );
}
