import { Button, Form } from 'antd';
import { useT } from '../app/i18n/LocaleContext.ts';

/** The 查询 / 重置 pair that ends every filter bar; reset clears the form and searches with no filter. */
export function FilterActions({ onReset }: { onReset: () => void }) {
  const t = useT();
  return (
    <>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={onReset}>{t('common.reset')}</Button>
      </Form.Item>
    </>
  );
}
