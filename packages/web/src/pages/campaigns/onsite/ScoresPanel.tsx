import { Empty } from 'antd';
import { useState } from 'react';
import type { OnsiteFinding, OnsiteForm } from '../../../api/onsite.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import type { SaveStatus } from '../shared/useVersionedAutosave.ts';
import { FindingModal } from './FindingModal.tsx';
import { OnsiteLeafCard } from './OnsiteLeafCard.tsx';

type Props = {
  form: OnsiteForm;
  editable: boolean;
  onStatus: (nodeId: string, status: SaveStatus) => void;
};

/** 评分: every on-site leaf as a card, with one finding modal shared by all of them. */
export function ScoresPanel({ form, editable, onStatus }: Props) {
  const t = useT();
  const [modal, setModal] = useState<{ nodeId: string | null; finding: OnsiteFinding | null } | null>(null);
  if (form.leaves.length === 0) return <Empty description={t('campaigns.onsite.noLeaves')} />;
  return (
    <>
      {form.leaves.map((leaf) => (
        <OnsiteLeafCard
          key={leaf.id}
          form={form}
          leaf={leaf}
          entry={form.entries.find((e) => e.nodeId === leaf.id)}
          findings={form.findings.filter((f) => f.nodeId === leaf.id)}
          editable={editable}
          onStatus={onStatus}
          onFinding={(nodeId, finding) => setModal({ nodeId, finding })}
        />
      ))}
      <FindingModal
        form={form}
        nodeId={modal?.nodeId ?? null}
        finding={modal?.finding ?? null}
        open={modal !== null}
        onClose={() => setModal(null)}
      />
    </>
  );
}
