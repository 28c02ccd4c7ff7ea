import type { SelfFormNode } from '@bianping/core/campaigns/self-assessment-api';

type InputBounds = NonNullable<SelfFormNode['bounds']>;

/** A value within a leaf's bounds (the best one), as the score-entry APIs take it. */
export function inputFor(bounds: InputBounds | null) {
  if (!bounds) return {};
  switch (bounds.input) {
    case 'points':
      return { points: bounds.max };
    case 'grade':
      return { grade: bounds.levels[0]?.label.zh ?? '' };
    case 'cases':
      return { cases: 0 };
    case 'rate':
      return { rate: 1 };
    case 'value':
      return { value: 0 };
    case 'triggered':
      return { triggered: false };
  }
}
