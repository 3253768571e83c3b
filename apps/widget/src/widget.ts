// Placeholder for the embeddable web-chat widget (SPEC CH-01): for now it only announces itself.
declare const __VERSION__: string;

type AtendeGlobal = { version: string };

(window as unknown as { Atende: AtendeGlobal }).Atende = { version: __VERSION__ };
