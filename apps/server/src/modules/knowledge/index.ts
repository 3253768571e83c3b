// Knowledge (ARCHITECTURE §3): the knowledge tree with information and request types, what an
// attendance records from it, requests with their own protocol, attendance scripts and forms
// (SPEC KB-01…KB-03, ATT-07, ATT-11, ATT-12).
export { knowledgePlugin } from './knowledge.plugin.js';
export { seedKnowledgeDemo } from './seed-demo.js';
