import { createVerify, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseSoql } from '../../../../test/fakes/salesforce-soql.js';
import { jwtAssertion } from './jwt-assertion.js';
import { anyEquals, phoneForms, soqlString } from './soql.js';

// SPEC CRM-01: values from callers and person records go into SOQL literals.
describe('SOQL literals and caller numbers', () => {
  it('escapes quotes and backslashes so a value never ends the literal', () => {
    expect(soqlString("O'Brien")).toBe("'O\\'Brien'");
    expect(soqlString('a\\b')).toBe("'a\\\\b'");
    const nasty = "x' OR Name = 'y\\";
    const parsed = parseSoql(`SELECT Id FROM Contact WHERE Phone = ${soqlString(nasty)}`);
    expect(parsed.where).toEqual([[{ field: 'Phone', value: nasty }]]);
  });

  it('tries a Brazilian number in E.164, national and masked forms', () => {
    const forms = phoneForms('+55 11 98765-4321');
    expect(forms).toEqual(expect.arrayContaining(['+5511987654321', '11987654321', '(11) 98765-4321']));
    expect(phoneForms('1133334444')).toEqual(expect.arrayContaining(['+551133334444', '(11) 3333-4444']));
    expect(phoneForms('')).toEqual([]);
  });

  it('joins every field and value with OR', () => {
    expect(anyEquals(['Phone', 'MobilePhone'], ['1', '2'])).toBe("Phone = '1' OR Phone = '2' OR MobilePhone = '1' OR MobilePhone = '2'");
  });
});

describe('JWT bearer assertion', () => {
  it('is an RS256 JWT with the client id, username, login URL and a short expiry', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const now = Date.UTC(2026, 0, 1);
    const jwt = jwtAssertion({ clientId: 'app', username: 'integ@example.com', audience: 'https://login.salesforce.com', privateKeyPem: pem }, now);
    const [header, payload, signature] = jwt.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toEqual({
      iss: 'app',
      sub: 'integ@example.com',
      aud: 'https://login.salesforce.com',
      exp: now / 1000 + 180,
    });
    expect(createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(publicKey, Buffer.from(signature!, 'base64url'))).toBe(true);
  });
});
