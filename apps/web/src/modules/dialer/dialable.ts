/** Keeps what a phone number or extension may contain (SPEC WS-08). */
export const dialable = (text: string) => text.replace(/[^\d*#+]/g, '').slice(0, 32);
