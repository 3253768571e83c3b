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
// SPEC PLT-02, PLT-03: API tokens and outbound webhooks.
const ApiTokensPage = lazy(() => import('../modules/integrations/components/ApiTokensPage').then((m) => ({ default: m.ApiTokensPage })));
const SalesforcePage = lazy(() => import('../modules/integrations/components/SalesforcePage').then((m) => ({ default: m.SalesforcePage })));
const WebhooksPage = lazy(() => import('../modules/integrations/components/WebhooksPage').then((m) => ({ default: m.WebhooksPage })));
const PauseReasonsPage = lazy(() => import('../modules/admin/components/PauseReasonsPage').then((m) => ({ default: m.PauseReasonsPage })));
// The attendance screen is the agent's main work, but still its own chunk: the login page and the
// public survey page do not need it.
const AttendancePage = lazy(() => import('../modules/attendances/components/AttendancePage').then((m) => ({ default: m.AttendancePage })));
// SPEC ATT-08: the customer's survey page, outside the console.
const ProtocolLookupPage = lazy(() => import('../modules/lookup/ProtocolLookupPage').then((m) => ({ default: m.ProtocolLookupPage })));
// SPEC PER-06: the customer portal and the staff password reset, outside the console.
const PortalPage = lazy(() => import('../modules/portal/PortalPage').then((m) => ({ default: m.PortalPage })));
const ForgotPasswordPage = lazy(() => import('../modules/auth/components/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('../modules/auth/components/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));
const MailSettingsPage = lazy(() => import('../modules/admin/components/MailSettingsPage').then((m) => ({ default: m.MailSettingsPage })));
const SurveyPage = lazy(() => import('../modules/surveys/components/SurveyPage').then((m) => ({ default: m.SurveyPage })));
// SPEC VOX-01, VOX-03, VOX-04: "Tocando", the calls' "Histórico" and "Gravações".
const RingingPage = lazy(() => import('../modules/voice/components/RingingPage').then((m) => ({ default: m.RingingPage })));
const CallHistoryPage = lazy(() => import('../modules/voice/components/CallHistoryPage').then((m) => ({ default: m.CallHistoryPage })));
const RecordingsPage = lazy(() => import('../modules/voice/components/RecordingsPage').then((m) => ({ default: m.RecordingsPage })));
// Supervisors' screens likewise.
const AgentsPage = lazy(() => import('../modules/presence/components/AgentsPage').then((m) => ({ default: m.AgentsPage })));

// SPEC PAN-07…PAN-11: supervisors' panels; PAN-02…PAN-04, ORG-03: service settings (admins).
const PanelPage = lazy(() => import('../modules/panels/components/PanelPage').then((m) => ({ default: m.PanelPage })));
const WallboardPage = lazy(() => import('../modules/panels/components/WallboardPage').then((m) => ({ default: m.WallboardPage })));
const ProcessesPage = lazy(() => import('../modules/config/components/ProcessesPage').then((m) => ({ default: m.ProcessesPage })));
const ClassificationsPage = lazy(() => import('../modules/config/components/ClassificationsPage').then((m) => ({ default: m.ClassificationsPage })));
const ContactOriginsPage = lazy(() => import('../modules/config/components/ContactOriginsPage').then((m) => ({ default: m.ContactOriginsPage })));
const SlaReasonsPage = lazy(() => import('../modules/config/components/SlaReasonsPage').then((m) => ({ default: m.SlaReasonsPage })));
const CalendarsPage = lazy(() => import('../modules/config/components/CalendarsPage').then((m) => ({ default: m.CalendarsPage })));
const SlaPoliciesPage = lazy(() => import('../modules/config/components/SlaPoliciesPage').then((m) => ({ default: m.SlaPoliciesPage })));
const ToolPermissionsPage = lazy(() => import('../modules/config/components/ToolPermissionsPage').then((m) => ({ default: m.ToolPermissionsPage })));

// SPEC KB-01…KB-03, ATT-11, ATT-12: the knowledge base, scripts and forms (admins), the requests list (staff).
const KnowledgeAdminPage = lazy(() => import('../modules/knowledge/components/KnowledgeAdminPage').then((m) => ({ default: m.KnowledgeAdminPage })));
const ScriptsPage = lazy(() => import('../modules/knowledge/components/ScriptsPage').then((m) => ({ default: m.ScriptsPage })));
const PersonPage = lazy(() => import('../modules/persons/components/PersonPage').then((m) => ({ default: m.PersonPage })));
const PersonServicePage = lazy(() => import('../modules/persons/components/PersonServicePage').then((m) => ({ default: m.PersonServicePage })));
const PersonFieldsPage = lazy(() => import('../modules/persons/components/PersonFieldsPage').then((m) => ({ default: m.PersonFieldsPage })));
const FormsPage = lazy(() => import('../modules/knowledge/components/FormsPage').then((m) => ({ default: m.FormsPage })));
// SPEC ALR-04 "Conversas": staff chats and each team's alert group.
const ConversationsPage = lazy(() => import('../modules/conversations/components/ConversationsPage').then((m) => ({ default: m.ConversationsPage })));
const RequestsPage = lazy(() => import('../modules/knowledge/components/RequestsPage').then((m) => ({ default: m.RequestsPage })));

// SPEC ALR-06, ALR-07: the Canal de Alertas' monitoring panel, app users and settings.
const MonitoringPage = lazy(() => import('../modules/alerts/components/MonitoringPage').then((m) => ({ default: m.MonitoringPage })));
const AlertRecordingsPage = lazy(() => import('../modules/alerts/components/AlertRecordingsPage').then((m) => ({ default: m.AlertRecordingsPage })));
const AppUsersPage = lazy(() => import('../modules/alerts/components/AppUsersPage').then((m) => ({ default: m.AppUsersPage })));
const AlertSettingsPage = lazy(() => import('../modules/alerts/components/AlertSettingsPage').then((m) => ({ default: m.AlertSettingsPage })));

const page = (node: ReactNode) => <Suspense fallback={<FullPageLoader />}>{node}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/avaliacao/:token', element: page(<SurveyPage />) },
  { path: '/consulta', element: page(<ProtocolLookupPage />) },
  { path: '/portal', element: page(<PortalPage view="login" />) },
  { path: '/portal/primeiro-acesso', element: page(<PortalPage view="first-access" />) },
  { path: '/portal/definir-senha', element: page(<PortalPage view="set-password" />) },
  { path: '/esqueci-senha', element: page(<ForgotPasswordPage />) },
  { path: '/redefinir-senha', element: page(<ResetPasswordPage />) },
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
          { path: 'voice', element: <Navigate to="/voice/ringing" replace /> },
          { path: 'voice/ringing', element: page(<RingingPage />) },
          { path: 'voice/history', element: page(<CallHistoryPage />) },
          { path: 'voice/recordings', element: page(<RecordingsPage />) },
          { path: 'requests', element: page(<RequestsPage />) },
          { path: 'conversations', element: page(<ConversationsPage />) },
          { path: 'conversations/:id', element: page(<ConversationsPage />) },
          { path: 'persons/:id', element: page(<PersonPage />) },
          { path: 'alerts', element: page(<MonitoringPage />) },
          { path: 'alerts/recordings', element: page(<AlertRecordingsPage />) },
          {
            path: 'alerts/users',
            element: <RequireRole role="supervisor" />,
            children: [{ index: true, element: page(<AppUsersPage />) }],
          },
          {
            path: 'alerts/settings',
            element: <RequireRole role="admin" />,
            children: [{ index: true, element: page(<AlertSettingsPage />) }],
          },
          {
            path: 'agents',
            element: <RequireRole role="supervisor" />,
            children: [{ index: true, element: page(<AgentsPage />) }],
          },
          {
            path: 'panel',
            element: <RequireRole role="supervisor" />,
            children: [
              { index: true, element: page(<PanelPage />) },
              { path: ':tab', element: page(<PanelPage />) },
              { path: ':tab/:view', element: page(<PanelPage />) },
            ],
          },
          {
            path: 'wallboard',
            element: <RequireRole role="supervisor" />,
            children: [{ index: true, element: page(<WallboardPage />) }],
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
              { path: 'api-tokens', element: page(<ApiTokensPage />) },
              { path: 'webhooks', element: page(<WebhooksPage />) },
              { path: 'salesforce', element: page(<SalesforcePage />) },
              { path: 'processes', element: page(<ProcessesPage />) },
              { path: 'classifications', element: page(<ClassificationsPage />) },
              { path: 'contact-origins', element: page(<ContactOriginsPage />) },
              { path: 'sla-reasons', element: page(<SlaReasonsPage />) },
              { path: 'calendars', element: page(<CalendarsPage />) },
              { path: 'sla-policies', element: page(<SlaPoliciesPage />) },
              { path: 'tool-permissions', element: page(<ToolPermissionsPage />) },
              { path: 'knowledge', element: page(<KnowledgeAdminPage />) },
              { path: 'scripts', element: page(<ScriptsPage />) },
              { path: 'forms', element: page(<FormsPage />) },
              { path: 'person-fields', element: page(<PersonFieldsPage />) },
              { path: 'person-service', element: page(<PersonServicePage />) },
              { path: 'mail', element: page(<MailSettingsPage />) },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
