// Collaboration (ARCHITECTURE §3): "Conversas", staff group and direct chats, and each team's alert
// group where alerts arrive as cards (SPEC ALR-02, ALR-04). Other modules reach it only by events.
export { collaborationPlugin } from './collaboration.plugin.js';
