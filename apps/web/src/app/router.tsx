import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../modules/auth/components/LoginPage';
import { HomePage } from '../modules/home/components/HomePage';
import { FullPageLoader } from '../ui/FullPageLoader';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';
import { RequireRole } from './RequireRole';
import { AppLayout } from './shell/AppLayout';

// Admin screens are a separate chunk: most users (agents) never open them.
const UsersPage = lazy(() => import('../modules/admin/components/UsersPage').then((m) => ({ default: m.UsersPage })));
const TeamsPage = lazy(() => import('../modules/admin/components/TeamsPage').then((m) => ({ default: m.TeamsPage })));

const page = (node: ReactNode) => <Suspense fallback={<FullPageLoader />}>{node}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'admin',
            element: <RequireRole role="admin" />,
            children: [
              { index: true, element: <Navigate to="users" replace /> },
              { path: 'users', element: page(<UsersPage />) },
              { path: 'teams', element: page(<TeamsPage />) },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
