#!/usr/bin/env node
// Writes apps/server/src/modules/tenancy/common-passwords.txt: passwords of 10 or more characters that
// people pick most (issue item: refuse common passwords). Built from words and habits common among
// Brazilian and English-speaking users (names, teams, keyboard walks, years, "123" endings), so the
// list is ours and can be regenerated: `node scripts/common-passwords.mjs`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const words = `password senha senhas qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm abc abcdef admin administrador
administrator brasil brazil iloveyou teamo euteamo welcome bemvindo letmein monkey dragon football futebol
flamengo corinthians palmeiras saopaulo vasco gremio santos cruzeiro botafogo fluminense internacional
atletico bahia jesus jesuscristo deus deusefiel deuseamor amor meuamor familia sunshine princess princesa
master shadow superman batman trustno1 starwars pokemon minecraft atende atendimento suporte mudar trocar
acesso usuario changeme default secret segredo teste test demo guest root login matrix hello ola mariana
gabriel lucas pedro maria joao ana julia beatriz camila fernanda rafael bruno carlos daniel felipe gustavo
leticia amanda larissa vitoria mateus matheus thiago eduardo rodrigo marcelo juliana patricia aline
empresa cliente sistema internet computador chocolate morango flores estrela liberdade felicidade
charlie michael jennifer jordan hunter ranger buster soccer baseball hockey killer access freedom whatever
qazwsx qweasd asdasd zaq1xsw2 mypassword minhasenha novasenha senhaforte`.split(/\s+/);

const endings = [
  '',
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '1234567',
  '12345678',
  '0',
  '00',
  '01',
  '007',
  '10',
  '11',
  '13',
  '22',
  '69',
  '77',
  '99',
  '100',
  '321',
  '2000',
  '2010',
  '2015',
  '2018',
  '2019',
  '2020',
  '2021',
  '2022',
  '2023',
  '2024',
  '2025',
  '2026',
  '!',
  '@',
  '#',
  '@123',
  '123!',
  '123@',
  '1!',
  '@2024',
  '@2025',
  '@2026',
  '!@#',
  '*',
];

const patterns = [
  '1234567890',
  '0123456789',
  '0987654321',
  '9876543210',
  '12345678910',
  '123456789012',
  '1122334455',
  '1212121212',
  '1231231231',
  '1qaz2wsx3edc',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  'q1w2e3r4t5',
  'q1w2e3r4t5y6',
  'qazwsxedc',
  'qazwsxedcrfv',
  'zaq12wsxcde3',
  '123qweasdzxc',
  'qweasdzxc123',
  'qwerty123456',
  'qwertyuiop123',
  'asdfghjkl123',
  'abcdefghij',
  'abcdefghijk',
  'abcd123456',
  'a1b2c3d4e5',
  'abc1234567',
  'aa12345678',
  'a123456789',
  '123456789a',
  '123456789q',
  'q123456789',
  '1234567890q',
  'qwerty1234',
];
for (let d = 0; d <= 9; d++) for (let n = 10; n <= 12; n++) patterns.push(String(d).repeat(n));
for (const c of 'aqxz') patterns.push(c.repeat(10));

const out = new Set(patterns);
for (const w of words) for (const e of endings) out.add(`${w}${e}`);
const list = [...out].filter((p) => p.length >= 10).sort();
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../apps/server/src/modules/tenancy/common-passwords.txt');
writeFileSync(file, list.join('\n') + '\n');
console.log(`${list.length} passwords → ${path.relative(process.cwd(), file)}`);
