import { z } from 'zod';
import { regionLevels } from '../registry/vocabulary.ts';

export const RegionSchema = z
  .object({
    id: z.uuid(),
    code: z.string().regex(/^\d{6}$/),
    name: z.string(),
    level: z.enum(regionLevels.codes),
    parentId: z.uuid().nullable(),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof RegionSchema>;
