const pad = (n: number) => String(n).padStart(2, '0');

/** ALR-02: when the alert was fired, "dd/MM/yyyy HH:mm:ss" in the viewer's own time zone. */
export function alertTimeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
