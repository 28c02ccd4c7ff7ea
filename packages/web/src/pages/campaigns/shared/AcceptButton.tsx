import { CheckOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { Button, Popconfirm } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';

type Props = { accept: UseMutationResult<unknown, unknown, void> };

/** 审核通过: the office accepts a submitted form (self-assessment or on-site review) after a confirm. */
export function AcceptButton({ accept }: Props) {
  const t = useT();
  return (
    <Popconfirm title={t('campaigns.self.acceptConfirm')} onConfirm={() => accept.mutate()}>
      <Button type="primary" icon={<CheckOutlined />} loading={accept.isPending}>
        {t('campaigns.self.accept')}
      </Button>
    </Popconfirm>
  );
}
