// SPEC ATT-01, ATT-08: on channels without our widget (WhatsApp, Telegram…) the contact receives the
// protocol and the survey link as plain text, in Portuguese (the widget renders the same codes itself).
// Transfers and other internal records never leave.

/** The text a contact receives for a system message, or null when it is not meant for them. */
export function systemMessageText(body: string, publicUrl: string): string | null {
  let data: { code?: string; protocol?: string; surveyToken?: string };
  try {
    data = JSON.parse(body) as typeof data;
  } catch {
    return null;
  }
  if (data.code === 'protocol' && data.protocol) return `Seu atendimento foi registrado com o protocolo ${data.protocol}.`;
  if (data.code === 'finished' && data.protocol) {
    const survey = data.surveyToken ? ` Avalie o atendimento: ${publicUrl}/avaliacao/${encodeURIComponent(data.surveyToken)}` : '';
    return `Atendimento finalizado. Protocolo ${data.protocol}.${survey}`;
  }
  return null;
}
