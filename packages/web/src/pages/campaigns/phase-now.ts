import type { PhaseWindow } from '@bianping/core/campaigns/phases';

/**
 * The phase running on `today` (an ISO day): the latest-starting window that contains it, since
 * phases may overlap and the later one is what the office is moving towards. Null when none runs.
 */
export function phaseOn(phases: readonly PhaseWindow[], today: string): PhaseWindow | null {
  let found: PhaseWindow | null = null;
  for (const w of phases) if (w.start <= today && today <= w.end) found = w;
  return found;
}
