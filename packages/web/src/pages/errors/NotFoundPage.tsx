import { Button, Result } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n/LocaleContext.ts';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `404 - ${t('app.title')}`;
  }, [t]);
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('errors.404')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
