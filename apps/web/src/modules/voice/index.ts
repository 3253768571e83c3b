// The voice module's console pieces other modules use (SPEC ALR-05): the "Gravações" list and player,
// which the Canal de Alertas shows filtered to the calls placed from the alert app.
export { RecordingsPage, type RecordingProfileLink } from './components/RecordingsPage';
