import {
  BranchesOutlined,
  CommentOutlined,
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { canStartNewVersion } from '@bianping/core/indicators/set-status';
import { Badge, Button, Popconfirm } from 'antd';
import type { IndicatorSetDetail } from '../../../api/indicators.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { ExportSetMenu } from '../ExportSetMenu.tsx';

type Props = {
  detail: IndicatorSetDetail;
  canEdit: boolean;
  canComment: boolean;
  commentCount: number | undefined;
  publishing: boolean;
  newEditionPending: boolean;
  onEditMeta: () => void;
  onPublish: () => void;
  onDelete: () => void;
  onNewEdition: () => void;
  onDerive: () => void;
  onComments: () => void;
};

/**
 * The set's buttons. A draft: 编辑基本信息, 删除, 发布 (disabled while validation finds errors,
 * saying how many). A published edition: 新建版本 and 派生. Everyone: 导出; reviewers: 意见.
 */
export function SetActions(props: Props) {
  const t = useT();
  const { detail, canEdit } = props;
  const { set } = detail;
  const draft = set.status === 'draft';
  const errors = detail.problems.filter((p) => p.severity === 'error').length;
  return (
    <>
      {props.canComment && (
        <Badge count={props.commentCount ?? 0} size="small">
          <Button icon={<CommentOutlined />} onClick={props.onComments}>
            {t('indicators.comments.open')}
          </Button>
        </Badge>
      )}
      <ExportSetMenu setId={set.id} />
      {canEdit && draft && (
        <Button icon={<EditOutlined />} onClick={props.onEditMeta}>
          {t('indicators.meta.edit')}
        </Button>
      )}
      {canEdit && draft && (
        <Popconfirm
          title={t('indicators.deleteDraft.title')}
          description={t('indicators.deleteDraft.hint')}
          okButtonProps={{ danger: true }}
          onConfirm={props.onDelete}
        >
          <Button danger icon={<DeleteOutlined />}>
            {t('indicators.deleteDraft')}
          </Button>
        </Popconfirm>
      )}
      {canEdit && draft && (
        <Popconfirm
          title={t('indicators.publish.title')}
          description={t('indicators.publish.hint')}
          disabled={errors > 0}
          onConfirm={props.onPublish}
        >
          <Button type="primary" icon={<SendOutlined />} disabled={errors > 0} loading={props.publishing}>
            {errors > 0 ? t('indicators.publish.blocked', { count: errors }) : t('indicators.publish')}
          </Button>
        </Popconfirm>
      )}
      {canEdit && canStartNewVersion(set.status) && (
        <Button icon={<BranchesOutlined />} onClick={props.onDerive}>
          {t('indicators.derive')}
        </Button>
      )}
      {canEdit && canStartNewVersion(set.status) && (
        <Button
          type="primary"
          icon={<CopyOutlined />}
          loading={props.newEditionPending}
          onClick={props.onNewEdition}
        >
          {t('indicators.newEdition')}
        </Button>
      )}
    </>
  );
}
