// The alerts module's console pieces other modules use (SPEC ALR-02, ALR-04): an alert's details
// (badges, who, where, when, state, "Assumir" / "Encerrar" with its note), its card title and colour.
export { AlertDetails, useAlertTitle } from './components/AlertDetails';
export { levelColor } from './components/levels';
