export { rowsOf, type Row } from '../src/platform/db/rows.js';
