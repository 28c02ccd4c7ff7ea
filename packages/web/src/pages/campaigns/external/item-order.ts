import type { ExternalItem } from '@bianping/core/campaigns/external';
import { externalFreeItems } from '@bianping/core/campaigns/vocabulary';

const codeParts = (code: string) => code.split('.').map(Number);

/**
 * The order a sheet lists a target's items in: the free items as the vocabulary lists them
 * (党建, 人事, 财务, 信访办理), then indicators by set and code (2.10 after 2.9).
 */
export function compareItems(a: ExternalItem, b: ExternalItem): number {
  if (a.kind === 'free' && b.kind === 'free')
    return externalFreeItems.codes.indexOf(a.item) - externalFreeItems.codes.indexOf(b.item);
  if (a.kind === 'free') return -1;
  if (b.kind === 'free') return 1;
  if (a.setId !== b.setId) return a.setId < b.setId ? -1 : 1;
  const [pa, pb] = [codeParts(a.nodeCode), codeParts(b.nodeCode)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
