import type { PeerMember } from '@bianping/core/registry/workload';
import type { MessageKey } from '../../../app/i18n/zh.ts';

type Source = PeerMember['source'];

/** How the comparison names where a row comes from. */
export const peerSourceLabels: Record<Source, MessageKey> = {
  self: 'peers.source.self',
  benchmark: 'peers.source.benchmark',
  local: 'peers.source.local',
};

/** Tag colours per source; the chart uses the same, so the unit stands out alike in both. */
export const peerSourceColors: Record<Source, string> = {
  self: '#d4380d',
  benchmark: '#1d5fbf',
  local: '#13a8a8',
};
