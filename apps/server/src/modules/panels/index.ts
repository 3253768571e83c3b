// Panels (ARCHITECTURE §3): the supervisors' grids, exports, pivot and live wallboard (SPEC PAN-07…PAN-11).
export { panelsPlugin } from './panels.plugin.js';
