import { SendOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Popconfirm,
  Progress,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProblemList } from '../self-assessment/ProblemList.tsx';
import { SelfStateTag } from '../self-assessment/SelfStateTag.tsx';
import type { SaveStatus } from '../shared/useVersionedAutosave.ts';
import { externalTasksPath } from './external-path.ts';
import { compareItems } from './item-order.ts';
import { RatingItem } from './RatingItem.tsx';
import { gradedCount, useExternalSheet, useSubmitSheet } from './useExternalSheet.ts';

/**
 * 外部评价 (/campaigns/:id/external): the rater department's sheet, grouped by target; each item
 * graded 好/较好/一般 with a comment and findings, autosaved; 提交 locks the sheet (held while a
 * rating is still being saved). A returned sheet says why; a submitted one is read-only.
 */
export function ExternalSheetPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: form, error, isPending } = useExternalSheet(id);
  const { submit, problems, clearProblems } = useSubmitSheet(form);
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const onStatus = useCallback(
    (assignmentId: string, status: SaveStatus) =>
      setStatuses((s) => (s[assignmentId] === status ? s : { ...s, [assignmentId]: status })),
    [],
  );

  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  if (error) {
    const status = isApiError(error, 'E_NOT_FOUND')
      ? '404'
      : isApiError(error, 'E_FORBIDDEN')
        ? '403'
        : 'warning';
    return (
      <Result
        status={status}
        title={t('error.loadFailed')}
        subTitle={errorText(error)}
        extra={<Button onClick={() => navigate(externalTasksPath)}>{t('external.backToTasks')}</Button>}
      />
    );
  }

  const editable = form.canEdit;
  const pending = Object.values(statuses).filter((s) => s !== 'saved').length;
  const { graded, total } = gradedCount(form);
  return (
    <div style={{ maxWidth: '100%', overflowX: 'hidden' }}>
      <PageHeader
        title={t('external.sheet.title', { campaign: form.campaign.name })}
        subtitle={
          <Space wrap>
            <span>{form.rater.name}</span>
            <SelfStateTag state={form.sheet.state} />
            {form.deadline && <Tag>{t('campaigns.self.deadline', { date: form.deadline })}</Tag>}
            <Typography.Text data-testid="graded-count">
              {t('external.gradedOf', { graded, total })}
            </Typography.Text>
            {editable && (
              <Typography.Text type={pending ? 'warning' : 'secondary'} role="status">
                {pending ? t('campaigns.self.pending', { count: pending }) : t('campaigns.self.allSaved')}
              </Typography.Text>
            )}
          </Space>
        }
        extra={
          editable && (
            <Popconfirm
              title={t('external.sheet.submitConfirm', { total })}
              onConfirm={() => submit.mutate()}
              disabled={pending > 0}
            >
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={submit.isPending}
                disabled={pending > 0}
              >
                {t('external.sheet.submit')}
              </Button>
            </Popconfirm>
          )
        }
      />
      <Progress
        percent={total ? Math.round((graded / total) * 100) : 0}
        showInfo={false}
        style={{ marginBottom: 16 }}
      />
      {form.sheet.state === 'returned' && form.sheet.returnedReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('external.sheet.returnedAlert')}
          description={form.sheet.returnedReason}
        />
      )}
      {problems && (
        // The problem list jumps to `leaf-<id>`; each rating carries its assignment's id there.
        <ProblemList
          problems={problems.map((p) => ({ ...p, nodeId: p.assignmentId }))}
          onClose={clearProblems}
        />
      )}
      {!editable && (form.sheet.state === 'submitted' || form.sheet.state === 'rated') && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('external.sheet.lockedAlert')} />
      )}
      {form.targets.length === 0 ? (
        <Card>
          <Typography.Text type="secondary">{t('external.sheet.empty')}</Typography.Text>
        </Card>
      ) : (
        <Collapse
          defaultActiveKey={form.targets.map((tg) => tg.unitId)}
          items={form.targets.map((tg) => {
            const done = tg.ratings.filter((r) => r.level !== null).length;
            return {
              key: tg.unitId,
              label: (
                <Space wrap>
                  <Typography.Text strong>{tg.name}</Typography.Text>
                  <Tag color={done === tg.ratings.length ? 'success' : 'default'}>
                    {t('external.gradedOf', { graded: done, total: tg.ratings.length })}
                  </Tag>
                </Space>
              ),
              children: [...tg.ratings]
                .sort((a, b) => compareItems(a.assignment.item, b.assignment.item))
                .map((r) => (
                  <RatingItem
                    key={r.assignment.id}
                    form={form}
                    targetName={tg.name}
                    rating={r}
                    editable={editable}
                    onStatus={onStatus}
                  />
                )),
            };
          })}
        />
      )}
    </div>
  );
}
