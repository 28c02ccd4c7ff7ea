import type { UnitDetail } from '@bianping/core/registry';
import { Alert, Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';

type Body = UnitDetail['internalBodies'][number];

/**
 * 内设机构: the approved number (三定 限额) against the bodies actually in place; a body not listed
 * in the 三定 is flagged, as is any count above the limit.
 */
export function InternalBodiesTab({ detail }: { detail: UnitDetail }) {
  const t = useT();
  const approved = detail.unit.internalBodiesApproved;
  const active = detail.internalBodies.filter((b) => b.active);
  const outside = active.filter((b) => !b.inMandate);
  const over = approved !== null && active.length > approved;
  const rows = [...detail.internalBodies].sort((a, b) => Number(b.active) - Number(a.active));

  return (
    <Card title={t('registry.tab.bodies')}>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col flex="1 1 160px">
          <Statistic title={t('registry.bodiesApproved')} value={approved ?? '—'} />
        </Col>
        <Col flex="1 1 160px">
          <Statistic
            title={t('registry.bodiesActual')}
            value={active.length}
            styles={{ content: over ? { color: '#cf1322' } : undefined }}
          />
        </Col>
        <Col flex="1 1 160px">
          <Statistic
            title={t('registry.bodiesOutside')}
            value={outside.length}
            styles={{ content: outside.length > 0 ? { color: '#cf1322' } : undefined }}
          />
        </Col>
      </Row>
      {over && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('registry.bodiesOver', { actual: active.length, approved: approved ?? 0 })}
        />
      )}
      {outside.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('registry.bodiesOutsideHint', {
            names: outside.map((b) => b.name).join(t('registry.listSeparator')),
          })}
        />
      )}
      <Table<Body>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('registry.bodiesEmpty') }}
        rowClassName={(b) => (b.active && !b.inMandate ? 'bp-row-over' : '')}
        columns={[
          { title: t('registry.bodyName'), dataIndex: 'name' },
          {
            title: t('registry.inMandate'),
            dataIndex: 'inMandate',
            width: 140,
            render: (inMandate: boolean) =>
              inMandate ? (
                <Tag color="green">{t('registry.inMandateYes')}</Tag>
              ) : (
                <Tag color="red">{t('registry.inMandateNo')}</Tag>
              ),
          },
          { title: t('registry.bodyStaff'), dataIndex: 'staff', width: 120, align: 'right' },
          {
            title: t('registry.field.status'),
            dataIndex: 'active',
            width: 110,
            render: (isActive: boolean) =>
              isActive ? t('registry.bodyActive') : <Tag>{t('registry.bodyInactive')}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
