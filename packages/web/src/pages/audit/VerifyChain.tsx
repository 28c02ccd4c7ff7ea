import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { verifyAudit } from '../../api/audit.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { splitBilingual } from './audit-labels.ts';

/**
 * Recomputes the hash chain on the server. A mutation rather than a query: the administrator asks
 * for it, and the answer should not linger as if it were still current.
 */
export function useVerifyChain() {
  return useMutation({ mutationFn: verifyAudit });
}

export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  const t = useT();
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      {t('audit.verify')}
    </Button>
  );
}

export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  if (verify.error) {
    return (
      <Alert type="error" showIcon title={errorText(verify.error)} closable={{ onClose: verify.reset }} />
    );
  }
  const result = verify.data;
  if (!result) return null;
  return result.ok ? (
    <Alert
      type="success"
      showIcon
      role="status"
      title={t('audit.verifyOkTitle')}
      description={t('audit.verifyOk', { count: result.checked })}
      closable={{ onClose: verify.reset }}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('audit.verifyBadTitle')}
      description={t('audit.verifyBad', {
        id: result.firstBadId ?? '?',
        reason: result.reason ? label(splitBilingual(result.reason)) : '',
        count: result.checked,
      })}
      closable={{ onClose: verify.reset }}
    />
  );
}
