import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { campaignEditors, campaignReaders } from '../pages/campaigns/campaign-roles.ts';
import { externalRaters } from '../pages/campaigns/external/external-path.ts';
import { onsiteReaders, onsiteWriters } from '../pages/campaigns/onsite/onsite-path.ts';
import { explanationReaders } from '../pages/campaigns/results/results-roles.ts';
import { selfFillers, selfReaders } from '../pages/campaigns/self-assessment/self-roles.ts';
import { NotFoundPage } from '../pages/errors/NotFoundPage.tsx';
import { slipReaders } from '../pages/supervision/supervision-roles.ts';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { RequireRole } from './auth/RequireRole.tsx';
import { registryEditors, registryReaders, registryViewers } from './auth/registry-roles.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { lazyPage } from './lazy-page.ts';

const LoginPage = lazyPage(() => import('../pages/auth/LoginPage.tsx'), 'LoginPage');
const ForcedPasswordPage = lazyPage(
  () => import('../pages/auth/ForcedPasswordPage.tsx'),
  'ForcedPasswordPage',
);
const PasswordPage = lazyPage(() => import('../pages/auth/PasswordPage.tsx'), 'PasswordPage');
const HomePage = lazyPage(() => import('../pages/home/HomePage.tsx'), 'HomePage');
const UsersPage = lazyPage(() => import('../pages/users/UsersPage.tsx'), 'UsersPage');
const AuditPage = lazyPage(() => import('../pages/audit/AuditPage.tsx'), 'AuditPage');
const RegistryPage = lazyPage(() => import('../pages/registry/RegistryPage.tsx'), 'RegistryPage');
const UnitPage = lazyPage(() => import('../pages/registry/unit/UnitPage.tsx'), 'UnitPage');
const MeasuresPage = lazyPage(() => import('../pages/registry/measures/MeasuresPage.tsx'), 'MeasuresPage');
const WarningsPage = lazyPage(() => import('../pages/warnings/WarningsPage.tsx'), 'WarningsPage');
const WarningSettingsPage = lazyPage(
  () => import('../pages/warnings/settings/WarningSettingsPage.tsx'),
  'WarningSettingsPage',
);
const CorrectionsPage = lazyPage(() => import('../pages/corrections/CorrectionsPage.tsx'), 'CorrectionsPage');
const EfficiencyPage = lazyPage(() => import('../pages/analysis/EfficiencyPage.tsx'), 'EfficiencyPage');
const ImportPage = lazyPage(() => import('../pages/imports/ImportPage.tsx'), 'ImportPage');
const IndicatorSetsPage = lazyPage(
  () => import('../pages/indicators/IndicatorSetsPage.tsx'),
  'IndicatorSetsPage',
);
const IndicatorSetPage = lazyPage(
  () => import('../pages/indicators/editor/IndicatorSetPage.tsx'),
  'IndicatorSetPage',
);
const CampaignsPage = lazyPage(() => import('../pages/campaigns/CampaignsPage.tsx'), 'CampaignsPage');
const CampaignPage = lazyPage(() => import('../pages/campaigns/CampaignPage.tsx'), 'CampaignPage');
const CampaignPlanPage = lazyPage(
  () => import('../pages/campaigns/plan/CampaignPlanPage.tsx'),
  'CampaignPlanPage',
);
const MyCampaignsPage = lazyPage(
  () => import('../pages/campaigns/self-assessment/MyCampaignsPage.tsx'),
  'MyCampaignsPage',
);
const SelfAssessmentPage = lazyPage(
  () => import('../pages/campaigns/self-assessment/SelfAssessmentPage.tsx'),
  'SelfAssessmentPage',
);
const ExpertsPage = lazyPage(() => import('../pages/campaigns/experts/ExpertsPage.tsx'), 'ExpertsPage');
const AssignedTargetsPage = lazyPage(
  () => import('../pages/campaigns/onsite/AssignedTargetsPage.tsx'),
  'AssignedTargetsPage',
);
const ExplanationPage = lazyPage(
  () => import('../pages/campaigns/results/ExplanationPage.tsx'),
  'ExplanationPage',
);
const OnsitePage = lazyPage(() => import('../pages/campaigns/onsite/OnsitePage.tsx'), 'OnsitePage');
const SupervisionPage = lazyPage(() => import('../pages/supervision/SupervisionPage.tsx'), 'SupervisionPage');
const SlipPage = lazyPage(() => import('../pages/supervision/SlipPage.tsx'), 'SlipPage');
const SlipPrintPage = lazyPage(() => import('../pages/supervision/SlipPrintPage.tsx'), 'SlipPrintPage');
const ExternalTasksPage = lazyPage(
  () => import('../pages/campaigns/external/ExternalTasksPage.tsx'),
  'ExternalTasksPage',
);
const ExternalSheetPage = lazyPage(
  () => import('../pages/campaigns/external/ExternalSheetPage.tsx'),
  'ExternalSheetPage',
);

/** Routes outside the frame (login, forced password change) need their own loading fallback. */
const standalone = (page: React.ReactNode) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: standalone(<LoginPage />) },
  {
    path: '/change-password',
    element: <RequireAuth passwordChangePage>{standalone(<ForcedPasswordPage />)}</RequireAuth>,
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'account/password', element: <PasswordPage /> },
      {
        path: 'registry',
        element: (
          <RequireRole roles={registryViewers}>
            <RegistryPage />
          </RequireRole>
        ),
      },
      {
        path: 'registry/units/:id',
        element: (
          <RequireRole roles={registryViewers}>
            <UnitPage />
          </RequireRole>
        ),
      },
      {
        path: 'registry/measures',
        element: (
          <RequireRole roles={registryReaders}>
            <MeasuresPage />
          </RequireRole>
        ),
      },
      {
        path: 'warnings',
        element: (
          <RequireRole roles={registryReaders}>
            <WarningsPage />
          </RequireRole>
        ),
      },
      {
        path: 'warnings/settings',
        element: (
          <RequireRole roles={registryEditors}>
            <WarningSettingsPage />
          </RequireRole>
        ),
      },
      {
        path: 'corrections',
        element: (
          <RequireRole roles={registryEditors}>
            <CorrectionsPage />
          </RequireRole>
        ),
      },
      {
        path: 'imports',
        element: (
          <RequireRole roles={registryEditors}>
            <ImportPage />
          </RequireRole>
        ),
      },
      {
        path: 'analysis/efficiency',
        element: (
          <RequireRole roles={registryReaders}>
            <EfficiencyPage />
          </RequireRole>
        ),
      },
      // Every role reads published sets; the server hides drafts from those who may not see them.
      { path: 'indicators', element: <IndicatorSetsPage /> },
      { path: 'indicators/:id', element: <IndicatorSetPage /> },
      {
        path: 'campaigns',
        element: (
          <RequireRole roles={campaignReaders}>
            <CampaignsPage />
          </RequireRole>
        ),
      },
      {
        path: 'campaigns/experts',
        element: (
          <RequireRole roles={campaignEditors}>
            <ExpertsPage />
          </RequireRole>
        ),
      },
      {
        path: 'campaigns/mine',
        element: (
          <RequireRole roles={selfFillers}>
            <MyCampaignsPage />
          </RequireRole>
        ),
      },
      {
        path: 'campaigns/assigned',
        element: (
          <RequireRole roles={onsiteWriters}>
            <AssignedTargetsPage />
          </RequireRole>
        ),
      },
      {
        path: 'campaigns/:id/onsite/:unitId',
        element: (
          <RequireRole roles={onsiteReaders}>
            <OnsitePage />
          </RequireRole>
        ),
      },
      {
        path: 'external',
        element: (
          <RequireRole roles={externalRaters}>
            <ExternalTasksPage />
          </RequireRole>
        ),
      },
      {
        path: 'campaigns/:id/external',
        element: (
          <RequireRole roles={externalRaters}>
            <ExternalSheetPage />
          </RequireRole>
        ),
      },
      {
        path: 'campaigns/:id/results/:unitId',
        element: (
          <RequireRole roles={explanationReaders}>
            <ExplanationPage />
          </RequireRole>
        ),
      },
      {
        path: 'campaigns/:id/self-assessment/:unitId',
        element: (
          <RequireRole roles={selfReaders}>
            <SelfAssessmentPage />
          </RequireRole>
        ),
      },
      {
        path: 'campaigns/:id',
        element: (
          <RequireRole roles={campaignReaders}>
            <CampaignPage />
          </RequireRole>
        ),
      },
      {
        path: 'campaigns/:id/plan',
        element: (
          <RequireRole roles={campaignReaders}>
            <CampaignPlanPage />
          </RequireRole>
        ),
      },
      {
        path: 'supervision',
        element: (
          <RequireRole roles={slipReaders}>
            <SupervisionPage />
          </RequireRole>
        ),
      },
      {
        path: 'supervision/:id',
        element: (
          <RequireRole roles={slipReaders}>
            <SlipPage />
          </RequireRole>
        ),
      },
      {
        path: 'supervision/:id/print',
        element: (
          <RequireRole roles={slipReaders}>
            <SlipPrintPage />
          </RequireRole>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequireRole roles={['admin']}>
            <UsersPage />
          </RequireRole>
        ),
      },
      {
        path: 'admin/audit',
        element: (
          <RequireRole roles={['admin']}>
            <AuditPage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
