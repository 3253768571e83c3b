// SPEC ALR-06: the state layer names each state by its abbreviation (UF). The shipped data carries
// ids like "BR.SP", but two of them lost their code ("BR." for Acre and Rondônia), so those two are
// recognised by name.
const BY_NAME: Record<string, string> = { Acre: 'AC', Rondônia: 'RO' };

export function stateCode(id: string, name: string): string {
  const code = id.startsWith('BR.') ? id.slice(3) : '';
  return /^[A-Z]{2}$/.test(code) ? code : (BY_NAME[name] ?? '');
}
