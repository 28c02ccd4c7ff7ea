import { AuditOutlined, LogoutOutlined, UserAddOutlined } from '@ant-design/icons';
import type { UnitDetail } from '@bianping/core/registry';
import type { RosterMember, StaffMovement } from '@bianping/core/staff';
import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { HireApprovalModal } from './HireApprovalModal.tsx';
import { MovementsTable } from './MovementsTable.tsx';
import { ProcessExitModal } from './ProcessExitModal.tsx';
import { RosterTable } from './RosterTable.tsx';
import { StaffEntryModal } from './StaffEntryModal.tsx';
import { StaffExitModal } from './StaffExitModal.tsx';

type Props = { detail: UnitDetail; canEdit: boolean };

/**
 * 实名制人员: the unit's roster and its movements. Officers record 用编核准, 入编, leavings and
 * 出编 here; everyone else who may see the unit reads the same tables without the buttons.
 */
export function StaffTab({ detail, canEdit }: Props) {
  const t = useT();
  const [approving, setApproving] = useState(false);
  const [entering, setEntering] = useState<{ approval?: StaffMovement } | null>(null);
  const [leaving, setLeaving] = useState<{ person?: RosterMember } | null>(null);
  const [processing, setProcessing] = useState<StaffMovement | null>(null);
  // Entering one person into a unit counted by figures would make the roster its headcount.
  const figuresOnly = detail.headcountSource === 'direct' && detail.unit.headcountTotal > 0;

  return (
    <>
      <Card
        title={t('staff.roster.title')}
        extra={
          canEdit && (
            <Space wrap>
              <Button icon={<AuditOutlined />} onClick={() => setApproving(true)}>
                {t('staff.hireApproval')}
              </Button>
              <Button
                type="primary"
                icon={<UserAddOutlined />}
                disabled={figuresOnly}
                onClick={() => setEntering({})}
              >
                {t('staff.entry')}
              </Button>
              <Button icon={<LogoutOutlined />} disabled={figuresOnly} onClick={() => setLeaving({})}>
                {t('staff.exit')}
              </Button>
            </Space>
          )
        }
      >
        {figuresOnly && (
          <Alert type="info" showIcon title={t('staff.figuresOnly')} style={{ marginBottom: 16 }} />
        )}
        <RosterTable
          unitId={detail.unit.id}
          onLeave={canEdit ? (person) => setLeaving({ person }) : undefined}
        />
      </Card>
      <Card title={t('staff.movements.title')} style={{ marginTop: 16 }}>
        <MovementsTable
          unitId={detail.unit.id}
          onProcessExit={canEdit ? setProcessing : undefined}
          onEnter={canEdit && !figuresOnly ? (approval) => setEntering({ approval }) : undefined}
        />
      </Card>
      {canEdit && (
        <>
          <HireApprovalModal detail={detail} open={approving} onClose={() => setApproving(false)} />
          <StaffEntryModal
            detail={detail}
            open={entering !== null}
            approval={entering?.approval}
            onClose={() => setEntering(null)}
          />
          <StaffExitModal
            detail={detail}
            open={leaving !== null}
            person={leaving?.person}
            onClose={() => setLeaving(null)}
          />
          <ProcessExitModal detail={detail} leaving={processing} onClose={() => setProcessing(null)} />
        </>
      )}
    </>
  );
}
