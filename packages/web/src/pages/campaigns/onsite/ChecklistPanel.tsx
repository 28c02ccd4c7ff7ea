import { useMutation } from '@tanstack/react-query';
import { App, Button, Checkbox, Col, Input, List, Row } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../api/errors.ts';
import { type DocumentReviewItem, type OnsiteForm, saveChecklist } from '../../../api/onsite.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { useOnsiteReload } from './useOnsite.ts';

type Props = { form: OnsiteForm; editable: boolean };

/** The campaign's checklist merged with what was saved (unsaved items start unchecked). */
const itemsOf = (form: OnsiteForm): DocumentReviewItem[] =>
  form.checklist.map(
    (c) =>
      form.documentReview.items.find((i) => i.itemId === c.id) ?? { itemId: c.id, checked: false, notes: '' },
  );

/** 资料审查: each document of the campaign's checklist checked or not, with notes; saved as a whole. */
export function ChecklistPanel({ form, editable }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const reload = useOnsiteReload(form.campaign.id, form.unit.id);
  const [items, setItems] = useState(() => itemsOf(form));
  const [dirty, setDirty] = useState(false);
  // A reload after someone else's save shows theirs unless this user has unsaved changes.
  useEffect(() => {
    if (!dirty) setItems(itemsOf(form));
  }, [form, dirty]);
  const save = useMutation({
    mutationFn: () => saveChecklist(form.campaign.id, form.unit.id, items, form.documentReview.version),
    onSuccess: () => {
      setDirty(false);
      void message.success(t('campaigns.onsite.checklist.saved'));
      reload();
    },
    onError: (error) => {
      if (isApiError(error, 'E_STALE_VERSION')) {
        setDirty(false);
        void message.warning(t('campaigns.onsite.checklist.stale'));
      } else void message.error(errorText(error));
      reload();
    },
  });
  const change = (itemId: string, patch: Partial<DocumentReviewItem>) => {
    setDirty(true);
    setItems((all) => all.map((i) => (i.itemId === itemId ? { ...i, ...patch } : i)));
  };
  return (
    <>
      <List
        bordered
        dataSource={items}
        renderItem={(item) => {
          const config = form.checklist.find((c) => c.id === item.itemId);
          const name = config ? label(config.label) : item.itemId;
          return (
            <List.Item>
              <Row gutter={[12, 8]} style={{ width: '100%' }} align="middle">
                <Col xs={24} md={8}>
                  <Checkbox
                    checked={item.checked}
                    disabled={!editable}
                    onChange={(e) => change(item.itemId, { checked: e.target.checked })}
                  >
                    {name}
                  </Checkbox>
                </Col>
                <Col xs={24} md={16}>
                  <Input
                    aria-label={t('campaigns.onsite.checklist.notesOf', { item: name })}
                    placeholder={t('campaigns.onsite.checklist.notes')}
                    maxLength={1000}
                    disabled={!editable}
                    value={item.notes}
                    onChange={(e) => change(item.itemId, { notes: e.target.value })}
                  />
                </Col>
              </Row>
            </List.Item>
          );
        }}
      />
      {editable && (
        <Button
          type="primary"
          style={{ marginTop: 16 }}
          loading={save.isPending}
          disabled={!dirty}
          onClick={() => save.mutate()}
        >
          {t('campaigns.onsite.checklist.save')}
        </Button>
      )}
    </>
  );
}
