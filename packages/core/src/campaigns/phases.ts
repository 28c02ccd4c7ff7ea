import { z } from 'zod';
import { msg } from './messages.ts';
import { type CampaignPhase, campaignPhases } from './vocabulary.ts';

/**
 * The timetable of a campaign: each phase it runs with its start and end day. A campaign may
 * leave phases out (a 专项评估 may have no survey), but those it has follow the order of
 * `campaignPhases`, each at most once, and none starts before the previous one starts — phases
 * may overlap (外部评价 often runs alongside 实地评估), but never run backwards.
 */

export const CampaignPhaseSchema = z.enum(campaignPhases.codes);

export const PhaseWindowSchema = z
  .object({ phase: CampaignPhaseSchema, start: z.iso.date(), end: z.iso.date() })
  .refine((w) => w.start <= w.end, {
    path: ['end'],
    message: msg('结束日期不能早于开始日期', 'the end date cannot precede the start date'),
  });
export type PhaseWindow = z.infer<typeof PhaseWindowSchema>;

const order = new Map<CampaignPhase, number>(campaignPhases.codes.map((p, i) => [p, i]));

/** The phases of a campaign, checked for order, repeats and dates. */
export const PhaseTimetableSchema = z
  .array(PhaseWindowSchema)
  .max(campaignPhases.codes.length)
  .superRefine((windows, ctx) => {
    windows.forEach((w, i) => {
      const previous = windows[i - 1];
      if (!previous) return;
      const label = campaignPhases.labels[w.phase];
      const before = campaignPhases.labels[previous.phase];
      if ((order.get(w.phase) ?? 0) <= (order.get(previous.phase) ?? 0)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'phase'],
          message: msg(
            `“${label.zh}”应排在“${before.zh}”之前，且每个阶段只能出现一次`,
            `${label.en} must come before ${before.en}, and each phase only once`,
          ),
        });
      } else if (w.start < previous.start) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'start'],
          message: msg(
            `“${label.zh}”不能早于“${before.zh}”开始`,
            `${label.en} cannot start before ${before.en}`,
          ),
        });
      }
    });
  });

/** The window of a phase, or undefined when the campaign does not run it. */
export const windowOf = (phases: readonly PhaseWindow[], phase: CampaignPhase) =>
  phases.find((w) => w.phase === phase);
