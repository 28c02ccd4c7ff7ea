import { Alert, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import type { SelfProblem } from './useSelfAssessment.ts';

/** Jumps to the indicator a problem names. */
const show = (nodeId: string) =>
  document.getElementById(`leaf-${nodeId}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });

/** Why the submit was refused: errors first, each indicator problem a link to the indicator. */
export function ProblemList({ problems, onClose }: { problems: SelfProblem[]; onClose: () => void }) {
  const t = useT();
  const label = useLabel();
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 16 }}
      title={t('campaigns.self.problemsTitle', {
        count: problems.filter((p) => p.severity === 'error').length,
      })}
      description={
        <ul aria-label={t('campaigns.self.problemsList')} style={{ margin: 0, paddingInlineStart: 20 }}>
          {sorted.map((p) => (
            <li key={`${p.code}-${p.nodeId ?? 'form'}`}>
              {p.severity === 'warning' && (
                <Typography.Text type="warning">{t('campaigns.self.warning')} </Typography.Text>
              )}
              {p.nodeId ? (
                <Typography.Link onClick={() => p.nodeId && show(p.nodeId)}>
                  {label(p.message)}
                </Typography.Link>
              ) : (
                label(p.message)
              )}
            </li>
          ))}
        </ul>
      }
    />
  );
}
