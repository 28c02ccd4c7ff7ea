import type { ImportCommitResult } from '@bianping/core/imports';
import { Button, Card, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n/LocaleContext.ts';

type Props = { result: ImportCommitResult; kindLabel: string; onAgain: () => void };

/** The import went through: what it created, changed and left alone. */
export function CommitResult({ result, kindLabel, onAgain }: Props) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        status="success"
        title={t('imports.doneTitle', { kind: kindLabel })}
        subTitle={t('imports.doneCounts', {
          rows: result.rows,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
        })}
        extra={[
          <Button key="registry" type="primary" onClick={() => navigate('/registry')}>
            {t('imports.toRegistry')}
          </Button>,
          <Button key="again" onClick={onAgain}>
            {t('imports.importAnother')}
          </Button>,
        ]}
      />
    </Card>
  );
}
