import { Flex, Spin, Typography } from 'antd';
import { useT } from '../app/i18n/LocaleContext.ts';

export function FullPageSpin() {
  const t = useT();
  return (
    <Flex vertical align="center" justify="center" gap={12} style={{ minHeight: '100vh' }}>
      <Spin size="large" />
      <Typography.Text type="secondary">{t('app.loading')}</Typography.Text>
    </Flex>
  );
}
