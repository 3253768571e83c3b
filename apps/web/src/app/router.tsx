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
const QueuesPage = lazy(() => import('../modules/admin/components/QueuesPage').then((m) => ({ default: m.QueuesPage })));
const ChannelsPage = lazy(() => import('../modules/admin/components/ChannelsPage').then((m) => ({ default: m.ChannelsPage })));
const PauseReasonsPage = lazy(() =>
  import('../modules/admin/components/PauseReasonsPage').then((m) => ({ default: m.PauseReasonsPage })),
);
// Supervisors' screens likewise.
const AgentsPage = lazy(() => import('../modules/presence/components/AgentsPage').then((m) => ({ default: m.AgentsPage })));

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
            path: 'agents',
            element: <RequireRole role="supervisor" />,
            children: [{ index: true, element: page(<AgentsPage />) }],
          },
          {
            path: 'admin',
            element: <RequireRole role="admin" />,
            children: [
              { index: true, element: <Navigate to="users" replace /> },
              { path: 'users', element: page(<UsersPage />) },
              { path: 'teams', element: page(<TeamsPage />) },
              { path: 'queues', element: page(<QueuesPage />) },
              { path: 'channels', element: page(<ChannelsPage />) },
              { path: 'pause-reasons', element: page(<PauseReasonsPage />) },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
