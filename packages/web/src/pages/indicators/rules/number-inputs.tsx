import { InputNumber } from 'antd';

type Common = { id?: string; disabled?: boolean; 'aria-label'?: string; width?: number };

/** Points: 0 … 1,000, two decimals, in steps of 0.5 (the step score sheets use). */
export function PointsInput({
  value,
  onChange,
  min = 0,
  width = 120,
  ...rest
}: Common & { value: number | null; onChange: (v: number | null) => void; min?: number }) {
  return (
    <InputNumber<number>
      {...rest}
      value={value}
      onChange={(v) => onChange(v ?? null)}
      min={min}
      max={1000}
      step={0.5}
      precision={2}
      style={{ width }}
    />
  );
}

const toPercent = (fraction: number) => Math.round(fraction * 10000) / 100;

/** A fraction (0.8) entered as a percentage (80 %), as officials write grade shares and rates. */
export function PercentInput({
  value,
  onChange,
  width = 120,
  ...rest
}: Common & { value: number | null; onChange: (v: number | null) => void }) {
  return (
    <InputNumber<number>
      {...rest}
      value={value === null ? null : toPercent(value)}
      onChange={(v) => onChange(v === null ? null : Math.round(v * 100) / 10000)}
      min={0}
      max={100}
      step={5}
      precision={2}
      suffix="%"
      style={{ width }}
    />
  );
}
