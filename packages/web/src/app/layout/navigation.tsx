import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CarryOutOutlined,
  CloudUploadOutlined,
  ControlOutlined,
  DatabaseOutlined,
  EditOutlined,
  FileSearchOutlined,
  FormOutlined,
  FundOutlined,
  HomeOutlined,
  LikeOutlined,
  LineChartOutlined,
  OrderedListOutlined,
  ProjectOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from '@bianping/core/auth/roles';
import type { ReactNode } from 'react';
import { campaignEditors, campaignReaders } from '../../pages/campaigns/campaign-roles.ts';
import { externalRaters, externalTasksPath } from '../../pages/campaigns/external/external-path.ts';
import { onsiteWriters } from '../../pages/campaigns/onsite/onsite-path.ts';
import { selfFillers } from '../../pages/campaigns/self-assessment/self-roles.ts';
import { slipReaders } from '../../pages/supervision/supervision-roles.ts';
import { registryEditors, registryReaders, registryViewers } from '../auth/registry-roles.ts';
import type { MessageKey } from '../i18n/zh.ts';

export type NavItem = {
  /** The route path of a leaf, or a stable id of a group. */
  key: string;
  label: MessageKey;
  icon: ReactNode;
  /** Who sees it; absent means everyone logged in. The server enforces the same on the API. */
  roles?: readonly Role[];
  children?: NavItem[];
};

/**
 * The side menu, grouped by domain. Icons are aria-hidden so a menu item's accessible name is its
 * label alone ("用户管理", not "team 用户管理"). A domain page added later (registry, campaigns …) gets an
 * entry here with the roles that may open it, and the menu grows for those users.
 */
export const navigation: NavItem[] = [
  { key: '/', label: 'nav.home', icon: <HomeOutlined aria-hidden /> },
  {
    key: 'ledgers',
    label: 'nav.ledgers',
    icon: <DatabaseOutlined aria-hidden />,
    roles: registryViewers,
    children: [
      {
        key: '/registry',
        label: 'nav.registry',
        icon: <ApartmentOutlined aria-hidden />,
        roles: registryViewers,
      },
      {
        key: '/warnings',
        label: 'nav.warnings',
        icon: <AlertOutlined aria-hidden />,
        roles: registryReaders,
      },
      {
        key: '/warnings/settings',
        label: 'nav.warningSettings',
        icon: <ControlOutlined aria-hidden />,
        roles: registryEditors,
      },
      {
        key: '/corrections',
        label: 'nav.corrections',
        icon: <FormOutlined aria-hidden />,
        roles: registryEditors,
      },
      {
        key: '/imports',
        label: 'nav.imports',
        icon: <CloudUploadOutlined aria-hidden />,
        roles: registryEditors,
      },
    ],
  },
  {
    key: 'analysis',
    label: 'nav.analysis',
    icon: <FundOutlined aria-hidden />,
    roles: registryReaders,
    children: [
      {
        key: '/analysis/efficiency',
        label: 'nav.efficiency',
        icon: <LineChartOutlined aria-hidden />,
        roles: registryReaders,
      },
    ],
  },
  // Every role reads the published indicator sets (experts and officers the drafts too).
  { key: '/indicators', label: 'nav.indicators', icon: <OrderedListOutlined aria-hidden /> },
  {
    key: 'campaigns',
    label: 'nav.campaigns',
    icon: <CarryOutOutlined aria-hidden />,
    roles: campaignReaders,
    children: [
      {
        key: '/campaigns',
        label: 'nav.campaignList',
        icon: <ProjectOutlined aria-hidden />,
        roles: campaignReaders,
      },
      {
        key: '/campaigns/experts',
        label: 'nav.experts',
        icon: <SolutionOutlined aria-hidden />,
        roles: campaignEditors,
      },
    ],
  },
  // A unit user's own evaluations (单位自评); officers reach a form from the campaign's targets.
  {
    key: '/campaigns/mine',
    label: 'nav.myCampaigns',
    icon: <EditOutlined aria-hidden />,
    roles: selfFillers,
  },
  // An evaluator's or expert's targets (实地评估), only those of their own teams.
  {
    key: '/campaigns/assigned',
    label: 'nav.assignedTargets',
    icon: <AuditOutlined aria-hidden />,
    roles: onsiteWriters,
  },
  // A rater department's external ratings (外部评价), only its own assignments.
  {
    key: externalTasksPath,
    label: 'nav.externalTasks',
    icon: <LikeOutlined aria-hidden />,
    roles: externalRaters,
  },
  // 督查确认单: inspections between campaigns, answered by the unit.
  {
    key: '/supervision',
    label: 'nav.supervision',
    icon: <FileSearchOutlined aria-hidden />,
    roles: slipReaders,
  },
  {
    key: 'admin',
    label: 'nav.admin',
    icon: <SettingOutlined aria-hidden />,
    roles: ['admin'],
    children: [
      { key: '/admin/users', label: 'nav.users', icon: <TeamOutlined aria-hidden />, roles: ['admin'] },
      { key: '/admin/audit', label: 'nav.audit', icon: <AuditOutlined aria-hidden />, roles: ['admin'] },
    ],
  },
];

/** The menu a user with these roles sees: items they may not open, and empty groups, drop out. */
export function visibleNavigation(items: NavItem[], userRoles: readonly Role[]): NavItem[] {
  const out: NavItem[] = [];
  for (const item of items) {
    if (item.roles && !item.roles.some((r) => userRoles.includes(r))) continue;
    if (item.children) {
      const children = visibleNavigation(item.children, userRoles);
      if (children.length) out.push({ ...item, children });
    } else {
      out.push(item);
    }
  }
  return out;
}

/** The leaf whose path is the longest prefix of the current location, and its group. */
export function activeKeys(items: NavItem[], pathname: string): { selected?: string; open?: string } {
  let best: { selected?: string; open?: string } = {};
  let bestLength = -1;
  const visit = (list: NavItem[], parent?: string) => {
    for (const item of list) {
      if (item.children) {
        visit(item.children, item.key);
        continue;
      }
      const matches = item.key === '/' ? pathname === '/' : pathname.startsWith(item.key);
      if (matches && item.key.length > bestLength) {
        best = { selected: item.key, open: parent };
        bestLength = item.key.length;
      }
    }
  };
  visit(items);
  return best;
}
