// Framework catalog: versioned, typed data validated by zod; never edited at run time.
export * from './catalog-model.js';
