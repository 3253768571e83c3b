// `npm run fake:salesforce`: a local Salesforce REST API for trying the Salesforce integration
// without Salesforce (SPEC CRM-01…CRM-03). It knows one Account, one Contact (the demo caller's
// number) and the demo agent's User, and prints every Case and Task Atende creates or updates.
import { startSalesforceFake } from '../apps/server/test/fakes/salesforce-fake.js';

const port = Number(process.env.FAKE_SALESFORCE_PORT ?? 4012);
const fake = await startSalesforceFake({ port });
const accountId = fake.seed('Account', { Name: 'Padaria Pão Quente', CPF_CNPJ__c: '52998224725' });
fake.seed('Contact', { FirstName: 'Maria', LastName: 'Souza', Phone: '+5511987654321', AccountId: accountId });
fake.seed('User', { Email: 'agente@demo.local', IsActive: true });

const url = fake.url.replace('127.0.0.1', 'localhost');
console.log(`Fake Salesforce on ${url}`);
console.log('  Run Atende with ALLOW_PRIVATE_TARGETS=true, then in Administração → Salesforce:');
console.log(`  URL de login ${url}, client id ${fake.clientId}, client secret ${fake.clientSecret}.`);

let seen = 0;
setInterval(() => {
  for (const request of fake.requests.slice(seen)) {
    if (request.method !== 'GET') console.log(`${request.method} ${request.path}`, JSON.stringify(request.body));
  }
  seen = fake.requests.length;
}, 500);
