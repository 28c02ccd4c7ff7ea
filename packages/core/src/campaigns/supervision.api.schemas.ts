import { z } from 'zod';
import { pageOf } from '../api.schemas.ts';
import { SlipSchema, slipDecisions, slipStatuses } from './supervision-slips.ts';

/**
 * The HTTP contract of 督查确认单 (/api/v1/supervision-slips …) and of the slips a campaign takes
 * for one target (/api/v1/campaigns/:id/targets/:unitId/slips). The slip itself is core
 * `SlipSchema`; these add the names a page shows beside it and what the caller may do.
 */

export const SlipParamsSchema = z.object({ id: z.uuid() });
export const SlipFileParamsSchema = SlipParamsSchema.extend({ fileId: z.uuid() });
export const CampaignSlipsParamsSchema = z.object({ id: z.uuid(), unitId: z.uuid() });

export const SlipListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  unitId: z.uuid().optional(),
  status: z.enum(slipStatuses.codes).optional(),
  /** Inspection date from / to, inclusive. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Part of the slip number. */
  q: z.string().trim().max(50).optional(),
});
export type SlipListQuery = z.infer<typeof SlipListQuerySchema>;

/** One row of the list (and of a campaign's slips). */
export const SlipListItemSchema = z
  .object({
    id: z.uuid(),
    slipNo: z.string(),
    unitId: z.uuid(),
    unitName: z.string(),
    inspectedOn: z.string(),
    place: z.string(),
    status: z.enum(slipStatuses.codes),
    decision: z.enum(slipDecisions.codes).nullable(),
    /** Items checked, and the cases of breach found under them. */
    itemCount: z.number().int(),
    cases: z.number().int(),
    createdBy: z.uuid().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'SupervisionSlipListItem' });
export type SlipListItem = z.infer<typeof SlipListItemSchema>;

export const SlipListSchema = pageOf(SlipListItemSchema).meta({ id: 'SupervisionSlipList' });
export type SlipList = z.infer<typeof SlipListSchema>;

export const SlipPersonSchema = z.object({ id: z.uuid(), displayName: z.string() });
export type SlipPerson = z.infer<typeof SlipPersonSchema>;

export const SlipAttachmentSchema = z
  .object({ fileId: z.uuid(), name: z.string(), size: z.number().int(), mimeType: z.string() })
  .meta({ id: 'SupervisionSlipAttachment' });
export type SlipAttachment = z.infer<typeof SlipAttachmentSchema>;

/** GET /supervision-slips/:id and the answer of every change. */
export const SlipDetailSchema = z
  .object({
    slip: SlipSchema,
    unitName: z.string(),
    inspectors: z.array(SlipPersonSchema),
    attachments: z.array(SlipAttachmentSchema),
    createdBy: SlipPersonSchema.nullable(),
    sentAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    settledAt: z.string().nullable(),
    /** What the caller may do now (the server checks again). */
    can: z.object({
      edit: z.boolean(),
      send: z.boolean(),
      answer: z.boolean(),
      settle: z.boolean(),
    }),
  })
  .meta({ id: 'SupervisionSlipDetail' });
export type SlipDetail = z.infer<typeof SlipDetailSchema>;

export const SlipDeleteQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

export const SlipAttachmentUploadQuerySchema = z.object({
  /** The file's own name, shown and used on download; the content decides its type. */
  name: z.string().trim().min(1).max(200),
});
export { EvidenceUploadBodySchema as SlipAttachmentUploadBodySchema } from './self-assessment.api.schemas.ts';

/** Who may be named as an inspector: active evaluators and officers. */
export const SlipInspectorListSchema = z.array(SlipPersonSchema.extend({ username: z.string() }));
/** Units the caller may inspect (for the form's picker). */
export const SlipUnitOptionsQuerySchema = z.object({ q: z.string().trim().max(50).optional() });
export const SlipUnitOptionsSchema = z.array(z.object({ id: z.uuid(), name: z.string() }));

/** GET /campaigns/:id/targets/:unitId/slips: what a campaign takes from slips for one target. */
export const CampaignSlipsSchema = z
  .object({
    /** Slips dated after `since` (exclusive; null: no earlier campaign) up to `until` (inclusive). */
    window: z.object({ since: z.string().nullable(), until: z.string() }),
    slips: z.array(SlipListItemSchema),
    occurrences: z.array(
      z.object({ nodeId: z.string(), code: z.string(), cases: z.number().int(), slipIds: z.array(z.uuid()) }),
    ),
  })
  .meta({ id: 'CampaignSupervisionSlips' });
export type CampaignSlips = z.infer<typeof CampaignSlipsSchema>;
