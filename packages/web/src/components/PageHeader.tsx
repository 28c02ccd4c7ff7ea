import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../app/i18n/LocaleContext.ts';

type Props = { title: string; subtitle?: ReactNode; extra?: ReactNode };

/** The heading of a page; also names the browser tab after it. */
export function PageHeader({ title, subtitle, extra }: Props) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} - ${t('app.title')}`;
  }, [title, t]);
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {subtitle}
          </Typography.Paragraph>
        )}
      </div>
      {extra && <Flex gap={8}>{extra}</Flex>}
    </Flex>
  );
}
