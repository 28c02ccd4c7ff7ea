import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { NotFoundPage } from '../pages/errors/NotFoundPage.tsx';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { RequireRole } from './auth/RequireRole.tsx';
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
