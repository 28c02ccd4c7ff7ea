import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Dropdown, Empty, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/keys.ts';
import { listNotifications, markNotificationRead, type Notification } from '../../api/notifications.ts';
import { useLabel, useT } from '../i18n/LocaleContext.ts';

/** Often enough that a return reaches the unit while it works, rarely enough to cost nothing. */
const POLL_MS = 60_000;
const SHOWN = 10;

/**
 * The bell in the header: the unread count, and the latest notifications in a dropdown. A click
 * marks one read and follows its link (a returned self-assessment opens the form).
 */
export function NotificationBell() {
  const t = useT();
  const label = useLabel();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: queryKeys.notifications,
    queryFn: ({ signal }) => listNotifications(signal),
    refetchInterval: POLL_MS,
  });
  const read = useMutation({
    mutationFn: (id: string) => markNotificationRead(id),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
  const unread = data?.unread ?? 0;
  const items = (data?.items ?? []).slice(0, SHOWN);

  const open = (n: Notification) => {
    if (!n.readAt) read.mutate(n.id);
    if (n.link) void navigate(n.link);
  };

  return (
    <Dropdown
      trigger={['click']}
      onOpenChange={(isOpen) =>
        isOpen && void queryClient.invalidateQueries({ queryKey: queryKeys.notifications })
      }
      menu={{
        items: items.length
          ? items.map((n) => ({
              key: n.id,
              onClick: () => open(n),
              label: (
                <div style={{ maxWidth: 320, whiteSpace: 'normal' }}>
                  <Typography.Text strong={!n.readAt}>{label(n.title)}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary">{label(n.body)}</Typography.Text>
                  </div>
                </div>
              ),
            }))
          : [
              {
                key: 'empty',
                disabled: true,
                label: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />,
              },
            ],
      }}
    >
      <Button type="text" aria-label={t('notifications.bell', { count: unread })}>
        <Badge count={unread} size="small">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}
