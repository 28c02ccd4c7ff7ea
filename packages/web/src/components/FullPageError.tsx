import { Button, Flex, Result } from 'antd';
import { useT } from '../app/i18n/LocaleContext.ts';
import { useErrorText } from '../app/i18n/useErrorText.ts';

/** When even "who is logged in" cannot be answered, usually because the server is down. */
export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Result
        status="warning"
        title={t('error.loadFailed')}
        subTitle={errorText(error)}
        extra={
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    </Flex>
  );
}
