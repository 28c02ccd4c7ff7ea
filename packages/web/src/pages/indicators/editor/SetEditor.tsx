import { ArrowLeftOutlined, NodeIndexOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Row } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type IndicatorSetDetail, publishIndicatorSet } from '../../../api/indicators.ts';
import { registryViewers } from '../../../app/auth/registry-roles.ts';
import { holdsRole, useCurrentUser } from '../../../app/auth/useMe.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { idParam } from '../../../components/url-params.ts';
import { AhpDrawer } from '../ahp/AhpDrawer.tsx';
import { CommentsDrawer } from '../comments/CommentsDrawer.tsx';
import { useComments } from '../comments/useComments.ts';
import { indicatorEditors, indicatorReviewers } from '../indicator-roles.ts';
import { DeriveSetModal } from '../list/DeriveSetModal.tsx';
import { useNewEdition } from '../useNewEdition.ts';
import { AddNodeModal, type NewNodePlace } from './AddNodeModal.tsx';
import { EditMetaModal } from './EditMetaModal.tsx';
import { IndicatorTree } from './IndicatorTree.tsx';
import { NodePanel } from './NodePanel.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { SetActions } from './SetActions.tsx';
import { SetSummary } from './SetSummary.tsx';
import { useNodeActions } from './useNodeActions.ts';
import { useDeleteDraft, useSetEdit } from './useSetEditor.ts';

type Dialog = 'meta' | 'derive' | 'comments' | null;

/**
 * The editor of one loaded edition: the tree on the left, the selected indicator on the right,
 * the problems publishing would refuse below the tree. A draft is edited by officers; a published
 * edition is read-only and offers 新建版本. Experts read drafts, weigh by AHP and comment.
 */
export function SetEditor({ detail }: { detail: IndicatorSetDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const me = useCurrentUser();
  const { set, nodes } = detail;
  const id = set.id;
  const [params, setParams] = useSearchParams();
  const selectedId = idParam(params.get('node')) ?? null;
  const edit = useSetEdit(id);
  const newEdition = useNewEdition();
  const deleteDraft = useDeleteDraft(detail);
  const draft = set.status === 'draft';
  const canEdit = holdsRole(me, indicatorEditors) && draft;
  const canReview = holdsRole(me, indicatorReviewers);
  const comments = useComments(id, canReview);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [adding, setAdding] = useState<NewNodePlace | null>(null);
  const [ahpParent, setAhpParent] = useState<string | null | undefined>(undefined);
  const dirty = useRef(false);
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);

  const go = useCallback(
    (nodeId: string | null) => {
      dirty.current = false;
      setParams(nodeId ? { node: nodeId } : {}, { replace: true });
    },
    [setParams],
  );
  // Switching indicators drops unsaved changes of the form: ask first.
  const select = (nodeId: string | null) => {
    if (nodeId === selectedId) return;
    if (!dirty.current) return go(nodeId);
    modal.confirm({
      title: t('indicators.node.discardTitle'),
      content: t('indicators.node.discardHint'),
      onOk: () => go(nodeId),
    });
  };
  const actions = useNodeActions(detail, edit, go);

  const selected = nodes.find((n) => n.id === selectedId) ?? null;
  const labelOf = (nodeId: string | null) => {
    const node = nodes.find((n) => n.id === nodeId);
    return node ? `${node.code} ${node.name}` : t('indicators.ahp.topLevel');
  };
  const topLevelCount = nodes.filter((n) => n.parentId === null).length;

  return (
    <>
      <PageHeader
        title={set.name}
        subtitle={
          <Button
            type="link"
            size="small"
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate('/indicators')}
            style={{ padding: 0 }}
          >
            {t('indicators.backToList')}
          </Button>
        }
        extra={
          <SetActions
            detail={detail}
            canEdit={holdsRole(me, indicatorEditors)}
            canComment={canReview}
            commentCount={comments.list.data?.items.length}
            publishing={edit.isPending}
            newEditionPending={newEdition.isPending}
            onEditMeta={() => setDialog('meta')}
            onComments={() => setDialog('comments')}
            onDerive={() => setDialog('derive')}
            onNewEdition={() => newEdition.mutate(set.id)}
            onPublish={() =>
              edit.mutate((version) => publishIndicatorSet(set.id, version), {
                onSuccess: () => void message.success(t('indicators.publish.done')),
              })
            }
            onDelete={() => deleteDraft.mutate()}
          />
        }
      />
      <SetSummary detail={detail} />
      {!draft && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('indicators.readOnly', { edition: set.edition })}
        />
      )}
      <Row gutter={[16, 16]} style={{ alignItems: 'flex-start' }}>
        <Col xs={24} lg={9}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('indicators.tree.title')}>
              {(canEdit || (canReview && draft && topLevelCount >= 2)) && (
                // In the body rather than the title bar, where longer English labels would squeeze the title.
                <Flex gap={8} wrap style={{ marginBottom: 12 }}>
                  {canEdit && (
                    <Button
                      size="small"
                      type="primary"
                      icon={<PlusOutlined />}
                      onClick={() =>
                        setAdding({ parentId: null, parentLabel: null, level: 1, role: 'scored' })
                      }
                    >
                      {t('indicators.tree.addTop')}
                    </Button>
                  )}
                  {canReview && draft && topLevelCount >= 2 && (
                    <Button size="small" icon={<NodeIndexOutlined />} onClick={() => setAhpParent(null)}>
                      {t('indicators.ahp.openTop')}
                    </Button>
                  )}
                </Flex>
              )}
              {nodes.length ? (
                <IndicatorTree
                  nodes={nodes}
                  problems={draft ? detail.problems : []}
                  selectedId={selectedId}
                  onSelect={select}
                  onMove={canEdit ? actions.move : undefined}
                />
              ) : (
                <Empty description={t('indicators.tree.empty')} />
              )}
            </Card>
            {draft && <ProblemsPanel problems={detail.problems} onSelect={select} />}
          </Flex>
        </Col>
        <Col xs={24} lg={15}>
          {selected ? (
            <NodePanel
              key={selected.id}
              node={selected}
              childNodes={nodes.filter((n) => n.parentId === selected.id)}
              subtreeSize={actions.subtreeSize(selected.id)}
              canEdit={canEdit}
              canWeigh={canReview && draft}
              canPickUnit={holdsRole(me, registryViewers)}
              saving={edit.isPending}
              onSave={(values) =>
                actions.save(selected.id, values, () => void message.success(t('indicators.node.saved')))
              }
              onAddChild={() =>
                setAdding({
                  parentId: selected.id,
                  parentLabel: `${selected.code} ${selected.name}`,
                  level: selected.level + 1,
                  role: selected.role,
                })
              }
              onDelete={() => actions.remove(selected.id)}
              onWeigh={() => setAhpParent(selected.id)}
              onDirtyChange={onDirtyChange}
            />
          ) : (
            <Card>
              <Empty description={t('indicators.node.pick')} />
            </Card>
          )}
        </Col>
      </Row>
      <AddNodeModal
        place={adding}
        saving={edit.isPending}
        onCancel={() => setAdding(null)}
        onCreate={(values) => adding && actions.add(adding.parentId, values, () => setAdding(null))}
      />
      {canEdit && (
        <EditMetaModal detail={detail} open={dialog === 'meta'} edit={edit} onClose={() => setDialog(null)} />
      )}
      <DeriveSetModal source={dialog === 'derive' ? set : null} onClose={() => setDialog(null)} />
      <AhpDrawer
        setId={set.id}
        parentId={ahpParent}
        parentLabel={labelOf(ahpParent ?? null)}
        canJudge={canReview && draft}
        canApply={canEdit}
        edit={edit}
        onClose={() => setAhpParent(undefined)}
      />
      {canReview && (
        <CommentsDrawer
          open={dialog === 'comments'}
          onClose={() => setDialog(null)}
          comments={comments}
          canAdd={draft}
          selected={selected}
          onSelectNode={select}
        />
      )}
    </>
  );
}
