// `@kizuna/domain/webhooks`: the webhook workflows' retry rule and message types. Pure, so the workflow bundle
// imports it directly; the webhook use-cases with I/O live one folder up.
export * from './webhook-delivery-machine.js';
export * from './webhook-messages.js';
