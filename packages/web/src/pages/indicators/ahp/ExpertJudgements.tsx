import { Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { AhpJudgement } from '../../../api/indicators.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { CrTag } from './AhpResults.tsx';

/**
 * 专家判断: every saved matrix for these children (officers see all, an expert their own), with
 * its CR. A matrix saved before the children changed no longer fits and is left out of the
 * combination until it is entered again.
 */
export function ExpertJudgements({ judgements }: { judgements: AhpJudgement[] }) {
  const t = useT();
  return (
    <Table<AhpJudgement>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={judgements}
      locale={{ emptyText: t('indicators.ahp.noJudgements') }}
      columns={[
        {
          title: t('indicators.ahp.author'),
          key: 'author',
          render: (_, j) => (
            <>
              {j.authorName} {j.isOwn && <Tag color="blue">{t('indicators.ahp.mine')}</Tag>}
            </>
          ),
        },
        {
          title: 'CR',
          key: 'cr',
          render: (_, j) =>
            j.stale || !j.analysis ? (
              <Tag color="orange">{t('indicators.ahp.staleJudgement')}</Tag>
            ) : (
              <CrTag cr={j.analysis.cr} consistent={j.analysis.consistent} />
            ),
        },
        {
          title: t('indicators.ahp.savedAt'),
          dataIndex: 'updatedAt',
          width: 150,
          render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
        },
      ]}
    />
  );
}
