import type { TargetPhaseState } from '@bianping/core/campaigns/target-phase';
import { Alert, Button, Card, Result, Skeleton, Tabs, type TabsProps } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { ProblemList } from '../self-assessment/ProblemList.tsx';
import type { PhaseProblem } from './usePhaseActions.ts';
import type { SaveStatus } from './useVersionedAutosave.ts';

/**
 * The frame shared by the pages of a target's form phase (单位自评, 实地评估): the loading and
 * refusal states, the returned / refused-submit / locked notices, and the tabs of the form.
 */

/** While the form loads: a skeleton; when it cannot be read: why, and the way back. */
export function PhaseFormFallback({
  error,
  backTo,
  backLabel,
}: {
  error: unknown;
  backTo: string;
  backLabel: string;
}) {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  if (!error) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  return (
    <Result
      status={isApiError(error, 'E_NOT_FOUND') ? '404' : 'warning'}
      title={t('error.loadFailed')}
      subTitle={errorText(error)}
      extra={<Button onClick={() => navigate(backTo)}>{backLabel}</Button>}
    />
  );
}

type LayoutProps = {
  header: ReactNode;
  phase: { state: TargetPhaseState; returnedReason: string | null };
  editable: boolean;
  actions: { problems: PhaseProblem[] | null; clearProblems: () => void };
  returnedTitle: string;
  lockedTitle: string;
  tabs: TabsProps['items'];
};

export function PhaseFormLayout({
  header,
  phase,
  editable,
  actions,
  returnedTitle,
  lockedTitle,
  tabs,
}: LayoutProps) {
  return (
    <div style={{ maxWidth: '100%', overflowX: 'hidden' }}>
      {header}
      {phase.state === 'returned' && phase.returnedReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={returnedTitle}
          description={phase.returnedReason}
        />
      )}
      {actions.problems && <ProblemList problems={actions.problems} onClose={actions.clearProblems} />}
      {!editable && phase.state === 'submitted' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={lockedTitle} />
      )}
      <Card>
        <Tabs items={tabs} />
      </Card>
    </div>
  );
}

/** Each autosaved leaf reports how its save stands; `pending` counts those not saved yet. */
export function usePendingSaves() {
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const onStatus = useCallback(
    (nodeId: string, status: SaveStatus) =>
      setStatuses((s) => (s[nodeId] === status ? s : { ...s, [nodeId]: status })),
    [],
  );
  const pending = Object.values(statuses).filter((s) => s !== 'saved').length;
  return { onStatus, pending };
}
