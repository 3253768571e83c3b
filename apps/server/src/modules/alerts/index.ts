// Alerts (ARCHITECTURE §3): the Canal de Alertas' app users, alerts, settings and monitoring
// (SPEC ALR-01, ALR-02, ALR-04 states, ALR-06, ALR-07). Other modules follow alerts through the
// `alert.fired` / `alert.changed` events and act on them through the HTTP routes.
export { alertsPlugin } from './alerts.plugin.js';
export { seedAlertsDemo } from './seed-demo.js';
