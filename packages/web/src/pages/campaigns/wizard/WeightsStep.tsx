import { Divider } from 'antd';
import { GradingForm } from './GradingForm.tsx';
import type { StepProps } from './PlanWizard.tsx';
import { SourceWeightsForm } from './SourceWeightsForm.tsx';

/** 权重与等次: source weights and the "1+X" mix, then grade bands and external rating shares. */
export function WeightsStep(props: StepProps) {
  return (
    <>
      <SourceWeightsForm {...props} />
      <Divider />
      <GradingForm {...props} />
    </>
  );
}
