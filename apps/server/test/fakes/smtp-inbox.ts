import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { AwaitableLog } from './awaitable-log.js';

// A real SMTP server (npm smtp-server) on loopback: what Atende sends arrives here, parsed by
// mailparser, for tests to read. Plain SMTP (no TLS) with login required when `auth` is given.

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; html: string; user: string | null };

export type SmtpInbox = {
  port: number;
  received: AwaitableLog<ReceivedMail>;
  /** Fail the next `n` deliveries with a 451 (temporary) answer. */
  failNext(n: number): void;
  close(): Promise<void>;
};

export async function startSmtpInbox(auth?: { user: string; pass: string }): Promise<SmtpInbox> {
  const received = new AwaitableLog<ReceivedMail>();
  let failures = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: !auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(a, _session, callback) {
      if (auth && a.username === auth.user && a.password === auth.pass) return callback(null, { user: a.username });
      callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      if (failures > 0) {
        failures--;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((m) => {
          received.push({
            from: m.from?.value[0]?.address ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: m.subject ?? '',
            text: m.text ?? '',
            html: typeof m.html === 'string' ? m.html : '',
            user: typeof session.user === 'string' ? session.user : null,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    failNext(n) {
      failures = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first http(s) link in a mail's text. */
export const linkIn = (text: string) => /https?:\/\/\S+/.exec(text)?.[0] ?? '';
