import type { Session } from '../test-app.js';
import type { SmtpInbox } from './smtp-inbox.js';

/** Points the admin's organization at the test SMTP server (no TLS, no login). */
export async function configureMail(admin: Session, inbox: SmtpInbox): Promise<void> {
  const res = await admin.inject({
    method: 'PUT',
    url: '/api/mail/settings',
    payload: { host: '127.0.0.1', port: inbox.port, security: 'none', username: null, fromName: 'Demo', fromAddress: 'atendimento@demo.local' },
  });
  if (res.statusCode !== 200) throw new Error(`mail settings: ${res.statusCode} ${res.body}`);
}
