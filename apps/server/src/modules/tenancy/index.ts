// The tenancy module's public face (ARCHITECTURE §3): what other modules may import.
export { tenancyPlugin } from './tenancy.plugin.js';
export { seedTenancyDemo, type DemoTenancy } from './seed-demo.js';
