import { Divider } from 'antd';
import type { StepProps } from './PlanWizard.tsx';
import { SetChoicePanel } from './SetChoicePanel.tsx';
import { TargetPicker } from './TargetPicker.tsx';
import { TargetsTable } from './TargetsTable.tsx';

/** 评估对象: the "1+X" sets, the picker by filters, and the targets chosen so far. */
export function TargetsStep(props: StepProps) {
  return (
    <>
      <SetChoicePanel {...props} />
      <Divider />
      {props.editable && (
        <>
          <TargetPicker campaignId={props.detail.campaign.id} />
          <Divider />
        </>
      )}
      <TargetsTable {...props} />
    </>
  );
}
