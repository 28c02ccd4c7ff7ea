import { Button, Result } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n/LocaleContext.ts';

/** Shown in place of a page the user's roles do not reach. */
export function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `403 - ${t('app.title')}`;
  }, [t]);
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('errors.403')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
