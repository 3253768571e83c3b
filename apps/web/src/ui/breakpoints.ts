/** Where the attendance screen shows its three columns side by side and fills the window (SPEC WS-09). */
export const WIDE_WORKSPACE = '(min-width: 75em)';
