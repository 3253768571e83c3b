// Integrations (ARCHITECTURE §3): API tokens (SPEC PLT-02), signed outbound webhooks (PLT-03) and
// the Salesforce connector (CRM-01…CRM-03).
export { integrationsPlugin } from './integrations.plugin.js';
