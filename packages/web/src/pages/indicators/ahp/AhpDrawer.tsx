import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { type RiTableName, riTableNames, riTables } from '@bianping/core/indicators/ahp';
import { Alert, App, Button, Divider, Drawer, Flex, Select, Skeleton, Tooltip, Typography } from 'antd';
import { applyAhpWeights } from '../../../api/indicators.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import type { useSetEdit } from '../editor/useSetEditor.ts';
import { AhpHint } from './AhpHint.tsx';
import { AhpMatrix } from './AhpMatrix.tsx';
import { AhpResults } from './AhpResults.tsx';
import { hotComparisons, payloadOf, riTableLabels, withComparison } from './ahp-matrix.ts';
import { ExpertJudgements } from './ExpertJudgements.tsx';
import { useAhpView, useSaveJudgement } from './useAhp.ts';
import { useJudgementDraft } from './useJudgementDraft.ts';

type Props = {
  setId: string;
  /** Whose children are weighed: a node, null for the top level, undefined when closed. */
  parentId: string | null | undefined;
  /** 顶层指标 or `1.2 名称`. */
  parentLabel: string;
  /** Officers and experts enter their own matrix while the set is a draft. */
  canJudge: boolean;
  /** Officers apply the combined weights as points. */
  canApply: boolean;
  edit: ReturnType<typeof useSetEdit>;
  onClose: () => void;
};

/**
 * AHP 赋权 of the children of one node: the caller's pairwise matrix (analysed as it is entered),
 * everyone's saved judgements and their geometric-mean combination, and 应用权重, which turns
 * the combined weights into points (steps of 0.5 summing to the parent's points) — refused while
 * CR ≥ 0.1.
 */
export function AhpDrawer({ setId, parentId, parentLabel, canJudge, canApply, edit, onClose }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const open = parentId !== undefined;
  const target = parentId ?? null;
  const view = useAhpView(setId, target, open);
  const save = useSaveJudgement(setId, target);
  const draft = useJudgementDraft(view.data);
  const items = view.data?.children ?? [];
  const combined = view.data?.combined ?? null;
  const analysis = draft.analysis;
  const hot = analysis?.ok ? hotComparisons(analysis.inconsistencies) : new Map();

  const applyBlocker = !combined
    ? t('indicators.ahp.applyNeedsJudgement')
    : !combined.consistent
      ? t('indicators.ahp.applyInconsistent')
      : canJudge && draft.dirty && draft.hasSaved
        ? t('indicators.ahp.applyUnsaved')
        : null;

  const apply = () =>
    edit.mutate(
      async (version) =>
        (await applyAhpWeights(setId, { version, parentId: target, riTable: draft.riTable })).detail,
      { onSuccess: () => void message.success(t('indicators.ahp.applied')) },
    );

  const body = () => {
    if (view.isPending) return <Skeleton active />;
    if (view.error) return <Alert type="error" showIcon title={errorText(view.error)} />;
    return (
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('indicators.ahp.intro', { total: view.data.totalPoints })}
        </Typography.Paragraph>
        <AhpMatrix
          items={items}
          upper={draft.upper}
          hot={hot}
          readOnly={!canJudge}
          onChange={(i, j, v) => draft.setUpper(withComparison(draft.upper, i, j, v))}
        />
        <Flex gap={8} align="center" wrap>
          <label htmlFor="ahp-ri-table">{t('indicators.ahp.riTable')}</label>
          <Select<RiTableName>
            id="ahp-ri-table"
            value={draft.riTable}
            disabled={!canJudge}
            onChange={draft.setRiTable}
            style={{ width: 320 }}
            options={riTableNames.map((name) => ({
              value: name,
              label: `${riTableLabels[name]} · n=${items.length}: RI ${riTables[name][items.length - 1] ?? '—'}`,
            }))}
          />
          {canJudge && (
            <Button
              icon={<SaveOutlined />}
              loading={save.isPending}
              disabled={!draft.dirty && draft.hasSaved}
              onClick={() =>
                save.mutate(
                  {
                    childIds: items.map((c) => c.id),
                    matrix: payloadOf(draft.upper),
                    riTable: draft.riTable,
                  },
                  { onSuccess: () => void message.success(t('indicators.ahp.saved')) },
                )
              }
            >
              {t('indicators.ahp.save')}
            </Button>
          )}
        </Flex>
        {save.error && <Alert type="error" showIcon title={errorText(save.error)} />}
        {analysis && !analysis.ok && <Alert type="error" showIcon title={errorText(analysis.error)} />}
        {analysis?.ok && (
          <>
            <AhpHint items={items} result={analysis.result} inconsistencies={analysis.inconsistencies} />
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('indicators.ahp.mineTitle')}
            </Typography.Title>
            <AhpResults items={items} figures={analysis.result} points={analysis.points} />
          </>
        )}
        <Divider style={{ margin: 0 }} />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('indicators.ahp.judgements')}
        </Typography.Title>
        <ExpertJudgements judgements={view.data.judgements} />
        {combined && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('indicators.ahp.combinedTitle', {
                count: view.data.judgements.filter((j) => !j.stale && j.analysis).length,
              })}
            </Typography.Title>
            <AhpResults items={items} figures={combined} points={combined.points} />
          </>
        )}
        {view.data.weighting && (
          <Typography.Text type="secondary">
            {t('indicators.ahp.lastApplied', {
              at: view.data.weighting.appliedAt.slice(0, 16).replace('T', ' '),
              cr: view.data.weighting.cr.toFixed(4),
            })}
          </Typography.Text>
        )}
      </Flex>
    );
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={880}
      title={t('indicators.ahp.title', { parent: parentLabel })}
      destroyOnHidden
      extra={
        canApply && (
          <Tooltip title={applyBlocker}>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={!!applyBlocker}
              loading={edit.isPending}
              onClick={apply}
            >
              {t('indicators.ahp.apply')}
            </Button>
          </Tooltip>
        )
      }
    >
      {body()}
    </Drawer>
  );
}
