import type { Warning } from '@bianping/core/warnings/api';
import { allowedTransitions, type WarningStatus } from '@bianping/core/warnings/workflow';
import { Button, Space } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { transitionLabels } from './transition-labels.ts';

type Props = { warning: Warning; onTransition: (warning: Warning, to: WarningStatus) => void };

/** One button per step the workflow allows from the warning's status (核实, 已解决, 排除, 重新打开). */
export function WarningActions({ warning, onTransition }: Props) {
  const t = useT();
  return (
    <Space size={0} wrap>
      {allowedTransitions(warning.status).map((to) => (
        <Button
          key={to}
          type="link"
          size="small"
          danger={to === 'dismissed'}
          onClick={() => onTransition(warning, to)}
        >
          {t(transitionLabels[to])}
        </Button>
      ))}
    </Space>
  );
}
