import {
  campaignGrades,
  campaignPhases,
  campaignSources,
  externalRatingLevels,
} from '@bianping/core/campaigns/vocabulary';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import type { CampaignPlan } from '../../../api/campaigns.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { bandRanges } from '../wizard/grade-bands.ts';

type Props = { plan: CampaignPlan };

const percent = (share: number) => Math.round(share * 1000) / 10;

/** 一、评估对象: the targets grouped by category. */
export function TargetsSection({ plan }: Props) {
  const t = useT();
  const label = useLabel();
  const count = plan.targetGroups.reduce((n, g) => n + g.targets.length, 0);
  return (
    <section>
      <h2>{t('campaigns.plan.s1')}</h2>
      <p>{t('campaigns.plan.targetsIntro', { count })}</p>
      {plan.targetGroups.map((g) => (
        <div key={g.category} data-testid="plan-target-group">
          <h3>
            {label(unitCategories.labels[g.category])}（{g.targets.length}）
          </h3>
          <p>{g.targets.map((x) => x.unitName).join(t('campaigns.plan.sep'))}</p>
        </div>
      ))}
    </section>
  );
}

/** 二、评估内容与指标: each set with its level-1 indicators and points, and the "1+X" mix. */
export function IndicatorsSection({ plan }: Props) {
  const t = useT();
  const common = percent(plan.commonShare);
  return (
    <section>
      <h2>{t('campaigns.plan.s2')}</h2>
      <p>{t('campaigns.plan.mix', { common, category: Math.round((100 - common) * 10) / 10 })}</p>
      {plan.sets.map((set) => (
        <div key={set.id}>
          <h3>{t('campaigns.plan.setPoints', { name: set.name, points: set.fullMark })}</h3>
          <table>
            <thead>
              <tr>
                <th style={{ width: 80 }}>#</th>
                <th>{t('campaigns.plan.indicator')}</th>
                <th style={{ width: 80 }}>{t('campaigns.plan.points')}</th>
              </tr>
            </thead>
            <tbody>
              {set.indicators.map((i) => (
                <tr key={i.code}>
                  <td>{i.code}</td>
                  <td>{i.name}</td>
                  <td>{i.maxPoints}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

/** 三、时间安排: each phase with its dates. */
export function PhasesSection({ plan }: Props) {
  const t = useT();
  const label = useLabel();
  return (
    <section>
      <h2>{t('campaigns.plan.s3')}</h2>
      <table>
        <tbody>
          {plan.phases.map((w) => (
            <tr key={w.phase}>
              <td style={{ width: 160 }}>{label(campaignPhases.labels[w.phase])}</td>
              <td>{t('campaigns.plan.phaseRow', { start: w.start, end: w.end })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** 四、评分与等次: source weights, grade bands and the external rating shares. */
export function ScoringSection({ plan }: Props) {
  const t = useT();
  const label = useLabel();
  const sep = t('campaigns.plan.sep');
  const weights = campaignSources.codes
    .filter((s) => (plan.sourceWeights.global[s] ?? 0) > 0)
    .map((s) => `${label(campaignSources.labels[s])} ${percent(plan.sourceWeights.global[s] ?? 0)}%`)
    .join(sep);
  const ranges = bandRanges(plan.grading.gradeBands, plan.grading.fullMark);
  const mapping = externalRatingLevels.codes
    .map((l) => `${label(externalRatingLevels.labels[l])} ${percent(plan.grading.externalRatingMapping[l])}%`)
    .join(sep);
  return (
    <section>
      <h2>{t('campaigns.plan.s4')}</h2>
      <p>
        {t('campaigns.plan.weightsIntro')}
        {weights}。
      </p>
      <p>
        {t('campaigns.plan.bandsIntro')}
        {ranges
          .map((r) => `${label(campaignGrades.labels[r.grade])}（${t('campaigns.grading.range', r)}）`)
          .join(sep)}
        。
      </p>
      <p>
        {t('campaigns.plan.externalIntro')}
        {mapping}。
      </p>
    </section>
  );
}

/** 五、评估组: leader, members and targets of each team, and the seed of the draw. */
export function TeamsSection({ plan }: Props) {
  const t = useT();
  const sep = t('campaigns.plan.sep');
  return (
    <section>
      <h2>{t('campaigns.plan.s5')}</h2>
      {plan.teams.length === 0 && <p>{t('campaigns.plan.noTeams')}</p>}
      {plan.teams.map((team) => (
        <div key={team.no}>
          <h3>{team.name || t('campaigns.teams.team', { no: team.no })}</h3>
          <p>
            {t('campaigns.plan.teamLine', {
              leader: team.leader.name,
              members: team.members.map((m) => m.name).join(sep) || '—',
              targets: team.targets.map((x) => x.unitName).join(sep) || '—',
            })}
          </p>
        </div>
      ))}
      {plan.drawSeed !== null && <p>{t('campaigns.plan.seed', { seed: String(plan.drawSeed) })}</p>}
    </section>
  );
}
