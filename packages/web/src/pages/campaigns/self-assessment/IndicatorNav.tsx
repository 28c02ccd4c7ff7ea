import { CheckCircleFilled } from '@ant-design/icons';
import { Anchor, Typography } from 'antd';
import type { AnchorLinkItemProps } from 'antd/es/anchor/Anchor';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import type { FormTreeNode, FormTreeSet } from './form-tree.ts';

/** "3/5", or a green tick once every leaf below is filled. */
function Mark({ filled, total }: { filled: number; total: number }) {
  const t = useT();
  if (filled === total)
    return <CheckCircleFilled style={{ color: '#52c41a' }} aria-label={t('campaigns.self.complete')} />;
  return <Typography.Text type="secondary">{`${filled}/${total}`}</Typography.Text>;
}

const itemOf = (tree: FormTreeNode, depth: number): AnchorLinkItemProps => ({
  key: tree.node.id,
  href: `#${tree.children.length ? 'group' : 'leaf'}-${tree.node.id}`,
  title: (
    <span>
      {tree.node.code} {tree.node.name} <Mark filled={tree.filled} total={tree.total} />
    </span>
  ),
  // Level 1 and 2 only: deeper levels would make the list as long as the form itself.
  children: depth < 2 && tree.children.length ? tree.children.map((c) => itemOf(c, depth + 1)) : undefined,
});

/** The left-hand map of the form: level-1 and level-2 indicators with completion marks. */
export function IndicatorNav({ sets }: { sets: FormTreeSet[] }) {
  const t = useT();
  return (
    <nav aria-label={t('campaigns.self.nav')}>
      {sets.map((set) => (
        <div key={set.id} style={{ marginBottom: 12 }}>
          <Typography.Text strong>
            {set.name} <Mark filled={set.filled} total={set.total} />
          </Typography.Text>
          <Anchor offsetTop={72} affix={false} items={set.roots.map((r) => itemOf(r, 1))} />
        </div>
      ))}
    </nav>
  );
}
