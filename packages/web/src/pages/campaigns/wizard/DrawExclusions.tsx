import type { DrawExclusion } from '@bianping/core/campaigns/team-draw';
import { useQuery } from '@tanstack/react-query';
import { Collapse, Table } from 'antd';
import { useMemo } from 'react';
import { type CampaignTeams, listExperts } from '../../../api/campaigns.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';

const expertQuery = { pageSize: 200 } as const;

type Props = { exclusions: readonly DrawExclusion[]; teams: CampaignTeams['teams'] };

/**
 * 回避情况: each expert left out for a target, and why (works there, or declared a conflict). The
 * record holds ids only; names come from the pool and the teams' targets.
 */
export function DrawExclusions({ exclusions, teams }: Props) {
  const t = useT();
  const { data: experts } = useQuery({
    queryKey: queryKeys.experts(expertQuery),
    queryFn: ({ signal }) => listExperts(expertQuery, signal),
  });
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const e of experts?.items ?? []) map.set(e.id, e.name);
    for (const team of teams) for (const x of team.targets) map.set(x.unitId, x.unitName);
    return map;
  }, [experts, teams]);
  const rows = exclusions.map((e, i) => ({ ...e, key: i }));
  return (
    <Collapse
      items={[
        {
          key: 'exclusions',
          label: t('campaigns.teams.exclusions', { count: exclusions.length }),
          children: (
            <Table
              size="small"
              dataSource={rows}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              columns={[
                {
                  title: t('campaigns.teams.expert'),
                  dataIndex: 'expertId',
                  render: (id: string) => names.get(id) ?? id.slice(0, 8),
                },
                {
                  title: t('campaigns.targets.unit'),
                  dataIndex: 'unitId',
                  render: (id: string) => names.get(id) ?? id.slice(0, 8),
                },
                {
                  title: t('campaigns.teams.reason'),
                  dataIndex: 'reason',
                  render: (r: DrawExclusion['reason']) => t(`campaigns.teams.reason.${r}`),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
