import { RegionSchema } from '@bianping/core/regions';
import { z } from 'zod';
import { request } from './client.ts';

const RegionListSchema = z.array(RegionSchema);

export const listRegions = (signal?: AbortSignal) =>
  request('GET', '/regions', { schema: RegionListSchema, signal });
