import { Button, Card, Result, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { SetEditor } from './SetEditor.tsx';
import { useIndicatorSet } from './useSetEditor.ts';

/**
 * One edition of a set (/indicators/:id, the selected indicator in `?node=`). A draft the
 * caller may not see answers 404, as a set that does not exist.
 */
export function IndicatorSetPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: detail, error, isPending } = useIndicatorSet(id);

  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  if (error) {
    return (
      <Result
        status={isApiError(error, 'E_NOT_FOUND') ? '404' : 'warning'}
        title={t('error.loadFailed')}
        subTitle={errorText(error)}
        extra={<Button onClick={() => navigate('/indicators')}>{t('indicators.backToList')}</Button>}
      />
    );
  }
  // Keyed by the edition, so switching editions starts with a fresh selection and dialogs.
  return <SetEditor key={detail.set.id} detail={detail} />;
}
