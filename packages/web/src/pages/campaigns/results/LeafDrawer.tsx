import { externalRatingLevels } from '@bianping/core/campaigns/vocabulary';
import type { LocalizedText } from '@bianping/core/errors';
import { indicatorSources, vetoEffects } from '@bianping/core/indicators/vocabulary';
import {
  Alert,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import type { NodeExplanation, TargetExplanation } from '../../../api/scoring.ts';
import { downloadEvidence } from '../../../api/self-assessment.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { fmt } from './results-view.ts';

type Source = NodeExplanation['sources'][number];

/** What a source entered, as entered: points, a grade, cases, a value, a rate, occurred or not, raters' levels. */
function entryText(
  entry: Source['entry'],
  label: (text: LocalizedText) => string,
  t: ReturnType<typeof useT>,
) {
  switch (entry.kind) {
    case 'levels':
      return entry.levels
        .map(
          (l) =>
            `${l.rater}：${l.level ? label(externalRatingLevels.labels[l.level]) : t('results.leaf.notRated')}`,
        )
        .join('；');
    case 'rate':
      return `${fmt(entry.rate * 100)}%`;
    case 'value':
      return fmt(entry.value);
    case 'entry': {
      const i = entry.input;
      if (i.points != null) return t('results.leaf.points', { n: fmt(i.points) });
      if (i.grade != null) return i.grade;
      if (i.cases != null) return t('results.leaf.cases', { n: i.cases });
      if (i.value != null) return fmt(i.value);
      if (i.rate != null) return `${fmt(i.rate * 100)}%`;
      if (i.triggered != null) return t(i.triggered ? 'results.leaf.occurred' : 'results.leaf.notOccurred');
      return t('results.leaf.empty');
    }
  }
}

type Props = {
  campaignId: string;
  leaf: NodeExplanation | null;
  links: TargetExplanation['links'];
  onClose: () => void;
};

/**
 * One leaf's score, every point traced: the rule, each source's raw entry, who gave it, its weight,
 * points and contribution with the reason, points gained and lost, and the findings and evidence
 * linked to it (files download through the campaign's evidence route).
 */
export function LeafDrawer({ campaignId, leaf, links, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  const columns: TableColumnsType<Source> = [
    {
      key: 'source',
      title: t('results.leaf.source'),
      width: 100,
      render: (_, s) => label(indicatorSources.labels[s.source]),
    },
    { key: 'entry', title: t('results.leaf.entry'), render: (_, s) => entryText(s.entry, label, t) },
    { key: 'by', title: t('results.leaf.by'), width: 120, render: (_, s) => s.by.join('、') || '—' },
    { key: 'weight', title: t('results.leaf.weight'), width: 70, render: (_, s) => fmt(s.weight, 3) },
    {
      key: 'points',
      title: t('results.leaf.sourcePoints'),
      width: 80,
      render: (_, s) => (s.points === null ? '—' : fmt(s.points)),
    },
    {
      key: 'contribution',
      title: t('results.leaf.contribution'),
      width: 80,
      render: (_, s) => fmt(s.contribution),
    },
    { key: 'why', title: t('results.leaf.why'), render: (_, s) => label(s.explanation) },
  ];
  const findings = leaf ? links.findings.filter((f) => leaf.findingIds.includes(f.id)) : [];
  const evidence = leaf ? links.evidence.filter((e) => leaf.evidenceIds.includes(e.fileId)) : [];
  return (
    <Drawer
      open={leaf !== null}
      onClose={onClose}
      size={760}
      title={leaf ? `${leaf.code} ${leaf.name}` : ''}
      destroyOnHidden
    >
      {leaf && (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            bordered
            items={[
              {
                key: 'rule',
                label: t('results.leaf.rule'),
                span: 2,
                children: leaf.rule ? label(leaf.rule) : '—',
              },
              {
                key: 'points',
                label: t('results.points'),
                children: (
                  <>
                    <strong data-testid="leaf-points">{fmt(leaf.points)}</strong> / {fmt(leaf.maxPoints)}
                  </>
                ),
              },
              {
                key: 'gained',
                label: t('results.leaf.gainedLost'),
                children: (
                  <>
                    <Typography.Text type="success">+{fmt(leaf.gained)}</Typography.Text>{' '}
                    <Typography.Text type="danger">−{fmt(leaf.lost)}</Typography.Text>
                  </>
                ),
              },
              ...(leaf.veto
                ? [
                    {
                      key: 'veto',
                      label: t('results.veto'),
                      span: 2,
                      children: <Tag color="red">{label(vetoEffects.labels[leaf.veto])}</Tag>,
                    },
                  ]
                : []),
              ...(leaf.comparison
                ? [
                    {
                      key: 'comparison',
                      label: t('results.leaf.comparison'),
                      span: 2,
                      children: label(leaf.comparison.explanation),
                    },
                  ]
                : []),
            ]}
          />
          {leaf.notes.map((note) => (
            <Alert key={note.zh} type="info" showIcon title={label(note)} style={{ marginTop: 12 }} />
          ))}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('results.leaf.sources')}
          </Typography.Title>
          <Table
            rowKey="source"
            size="small"
            columns={columns}
            dataSource={leaf.sources}
            pagination={false}
            locale={{ emptyText: t('results.leaf.noSources') }}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('results.leaf.findings')}
          </Typography.Title>
          {findings.length ? (
            <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {findings.map((f) => (
                <li key={f.id}>
                  <Tag>{label(indicatorSources.labels[f.source])}</Tag> {f.text}
                </li>
              ))}
            </Flex>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('results.leaf.noFindings')} />
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('results.leaf.evidence')}
          </Typography.Title>
          {evidence.length ? (
            <Flex
              vertical
              align="flex-start"
              component="ul"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {evidence.map((e) => (
                <li key={e.id}>
                  <DownloadButton
                    type="link"
                    size="small"
                    download={() => downloadEvidence(campaignId, e.fileId, e.fileName)}
                  >
                    {e.fileName}
                  </DownloadButton>
                </li>
              ))}
            </Flex>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('results.leaf.noEvidence')} />
          )}
        </>
      )}
    </Drawer>
  );
}
