import { campaignPhases } from '@bianping/core/campaigns/vocabulary';
import { Checkbox, Flex, Select } from 'antd';
import type { CampaignProgress } from '../../../api/campaign-progress.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import type { ProgressFilter } from './progress-view.ts';

type Props = { progress: CampaignProgress; value: ProgressFilter; onChange: (next: ProgressFilter) => void };

/** 评估组 · 阶段 · 只看逾期 above the targets × phases table. */
export function ProgressFilters({ progress, value, onChange }: Props) {
  const t = useT();
  const label = useLabel();
  const teamOptions = progress.teams.map((team) => ({
    value: team.teamNo ?? 'none',
    label:
      team.teamNo === null
        ? t('campaigns.progress.noTeam')
        : t('campaigns.progress.teamNo', { n: team.teamNo }),
  }));
  return (
    <Flex gap={12} wrap align="center">
      <Select
        allowClear
        style={{ width: 160 }}
        placeholder={t('campaigns.progress.filterTeam')}
        aria-label={t('campaigns.progress.team')}
        options={teamOptions}
        value={value.team}
        onChange={(team) => onChange({ ...value, team })}
      />
      <Select
        allowClear
        style={{ width: 160 }}
        placeholder={t('campaigns.progress.filterPhase')}
        aria-label={t('campaigns.progress.filterPhase')}
        options={progress.phases.map((p) => ({
          value: p.phase,
          label: label(campaignPhases.labels[p.phase]),
        }))}
        value={value.phase}
        onChange={(phase) => onChange({ ...value, phase })}
      />
      <Checkbox
        checked={value.onlyOverdue}
        onChange={(e) => onChange({ ...value, onlyOverdue: e.target.checked })}
      >
        {t('campaigns.progress.onlyOverdue')}
      </Checkbox>
    </Flex>
  );
}
