export * from './catalogue.js';
export * from './decide.js';
export * from './route.js';
export type { DecideContext, Decision, CommandDefinition } from './define-command.js';
export { PROGRAMME_FIGURES } from './programme/record-stated-total.js';
