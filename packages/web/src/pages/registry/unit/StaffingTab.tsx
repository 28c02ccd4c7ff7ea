import { EditOutlined, SwapOutlined } from '@ant-design/icons';
import type { UnitDetail } from '@bianping/core/registry';
import { Button, Card, Col, Empty, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { HeadcountModal } from './HeadcountModal.tsx';
import { QuotaChangeModal } from './QuotaChangeModal.tsx';
import { QuotaLedgerTable } from './QuotaLedgerTable.tsx';
import { StaffingChart } from './StaffingChart.tsx';
import { StaffingTable } from './StaffingTable.tsx';

type Props = { detail: UnitDetail; canEdit: boolean };

/** 编制与实有: the figures per staffing type, the quota ledger, and the officer's two edits. */
export function StaffingTab({ detail, canEdit }: Props) {
  const t = useT();
  const [changing, setChanging] = useState(false);
  const [counting, setCounting] = useState(false);
  const direct = detail.headcountSource === 'direct';

  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('registry.staffingChart')}>
            {detail.staffing.length === 0 ? (
              <Empty description={t('registry.staffingEmpty')} />
            ) : (
              <StaffingChart staffing={detail.staffing} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            title={t('registry.staffingTable')}
            extra={
              canEdit &&
              direct && (
                <Button size="small" icon={<EditOutlined />} onClick={() => setCounting(true)}>
                  {t('registry.editHeadcount')}
                </Button>
              )
            }
          >
            <StaffingTable staffing={detail.staffing} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {direct ? t('registry.headcountDirect') : t('registry.headcountFromStaff')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
      <Card
        title={t('registry.ledger.title')}
        style={{ marginTop: 16 }}
        extra={
          canEdit && (
            <Space>
              <Button type="primary" icon={<SwapOutlined />} onClick={() => setChanging(true)}>
                {t('registry.quotaChangeTitle')}
              </Button>
            </Space>
          )
        }
      >
        <QuotaLedgerTable ledger={detail.quotaLedger} />
      </Card>
      {canEdit && <QuotaChangeModal detail={detail} open={changing} onClose={() => setChanging(false)} />}
      {canEdit && direct && (
        <HeadcountModal detail={detail} open={counting} onClose={() => setCounting(false)} />
      )}
    </>
  );
}
