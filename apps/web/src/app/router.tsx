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
// The attendance screen is the agent's main work, but still its own chunk: the login page and the
// public survey page do not need it.
const AttendancePage = lazy(() =>
  import('../modules/attendances/components/AttendancePage').then((m) => ({ default: m.AttendancePage })),
);
// SPEC ATT-08: the customer's survey page, outside the console.
const SurveyPage = lazy(() => import('../modules/surveys/components/SurveyPage').then((m) => ({ default: m.SurveyPage })));
// Supervisors' screens likewise.
const AgentsPage = lazy(() => import('../modules/presence/components/AgentsPage').then((m) => ({ default: m.AgentsPage })));

const page = (node: ReactNode) => <Suspense fallback={<FullPageLoader />}>{node}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/avaliacao/:token', element: page(<SurveyPage />) },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          // SPEC WS-09: "Atendimento" and "Histórico", each with an optional open attendance.
          { path: 'attendances', element: page(<AttendancePage view="active" />) },
          { path: 'attendances/history', element: page(<AttendancePage view="history" />) },
          { path: 'attendances/history/:id', element: page(<AttendancePage view="history" />) },
          { path: 'attendances/:id', element: page(<AttendancePage view="active" />) },
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
