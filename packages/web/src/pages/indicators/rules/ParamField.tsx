import { Flex, Typography } from 'antd';
import { type ReactNode, useId } from 'react';

type Props = {
  label: string;
  hint?: string;
  /** The control, given the id its label points at (so screen readers and tests find it by name). */
  children: (id: string) => ReactNode;
};

/**
 * One parameter of a rule: a label, its control and an optional hint. Rule parameters live inside
 * the node form's `rule` field, so they are laid out here rather than as nested form items.
 */
export function ParamField({ label, hint, children }: Props) {
  const id = useId();
  return (
    <Flex vertical gap={4} style={{ minWidth: 160 }}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint}
        </Typography.Text>
      )}
    </Flex>
  );
}
