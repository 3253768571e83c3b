// SPEC PAN-04: the SLA counts in the company's local time. Brazil's IANA zones, São Paulo first
// (the default, Brasília time); the rest west to east as they appear in tzdata's zone1970.tab.
export const brazilianTimeZones = [
  'America/Sao_Paulo',
  'America/Noronha',
  'America/Belem',
  'America/Fortaleza',
  'America/Recife',
  'America/Araguaina',
  'America/Maceio',
  'America/Bahia',
  'America/Campo_Grande',
  'America/Cuiaba',
  'America/Santarem',
  'America/Porto_Velho',
  'America/Boa_Vista',
  'America/Manaus',
  'America/Eirunepe',
  'America/Rio_Branco',
] as const;

/** "America/Manaus (GMT-4)": the zone with its current offset, as the browser knows it. */
export function timeZoneLabel(zone: string, locale: string): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(new Date());
    const offset = parts.find((p) => p.type === 'timeZoneName')?.value;
    return offset ? `${zone} (${offset})` : zone;
  } catch {
    return zone;
  }
}

/** Options for a select; a zone saved earlier that is not in the list is kept, so it shows. */
export function timeZoneOptions(locale: string, current?: string): Array<{ value: string; label: string }> {
  const zones: string[] = [...brazilianTimeZones];
  if (current && !zones.includes(current)) zones.push(current);
  return zones.map((zone) => ({ value: zone, label: timeZoneLabel(zone, locale) }));
}
