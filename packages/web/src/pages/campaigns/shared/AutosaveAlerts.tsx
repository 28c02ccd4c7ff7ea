import { Alert, Button, Flex } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import type { SaveStatus } from './useVersionedAutosave.ts';

type Props<E> = {
  /** What `useVersionedAutosave` answers for the entry. */
  save: {
    status: SaveStatus;
    newer: E | null;
    error: unknown;
    keepMine: () => void;
    takeNewer: () => void;
  };
  /** The newer entry in words, shown beside the choice. */
  describeNewer: (newer: E) => string;
};

/**
 * What an autosaved entry of a campaign form needs to say beyond its tag: a newer version saved
 * elsewhere (keep mine / take theirs), the network gone (kept locally, retried), or a refusal.
 */
export function AutosaveAlerts<E>({ save, describeNewer }: Props<E>) {
  const t = useT();
  const errorText = useErrorText();
  if (save.status === 'conflict' && save.newer) {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        title={t('campaigns.self.conflict')}
        description={describeNewer(save.newer)}
        action={
          <Flex vertical gap={4}>
            <Button size="small" type="primary" onClick={save.keepMine}>
              {t('campaigns.self.keepMine')}
            </Button>
            <Button size="small" onClick={save.takeNewer}>
              {t('campaigns.self.takeNewer')}
            </Button>
          </Flex>
        }
      />
    );
  }
  if (save.status === 'offline' || save.status === 'error') {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        title={save.status === 'offline' ? t('campaigns.self.offline') : errorText(save.error)}
      />
    );
  }
  return null;
}
