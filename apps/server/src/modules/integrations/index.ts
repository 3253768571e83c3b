// Integrations (ARCHITECTURE §3): API tokens (SPEC PLT-02) and signed outbound webhooks (PLT-03).
export { integrationsPlugin } from './integrations.plugin.js';
