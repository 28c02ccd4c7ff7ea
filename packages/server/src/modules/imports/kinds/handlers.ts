import type { ImportKind } from '@bianping/core/imports';
import type { ImportHandler } from './kind.ts';
import { leaderPostsImport } from './leader-posts.ts';
import { peersImport } from './peers.ts';
import { quotasImport } from './quotas.ts';
import { staffImport } from './staff.ts';
import { unitsImport } from './units.ts';
import { workloadImport } from './workload.ts';

/** The handler of every kind of sheet. */
export const importHandlers: Record<ImportKind, ImportHandler> = {
  units: unitsImport as unknown as ImportHandler,
  quotas: quotasImport as unknown as ImportHandler,
  staff: staffImport as unknown as ImportHandler,
  leaderPosts: leaderPostsImport as unknown as ImportHandler,
  workload: workloadImport as unknown as ImportHandler,
  peers: peersImport as unknown as ImportHandler,
};
