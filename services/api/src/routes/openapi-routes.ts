import { createRequire } from 'node:module';
import path from 'node:path';
import { buildOpenApiDocument } from '@kizuna/contracts';
import express, { type Router } from 'express';

const DOCS_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Kizuna Governance API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="docs"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;

// A separate file, because the Content-Security-Policy forbids inline scripts.
const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#docs' });`;

export const registerOpenApiRoutes = (router: Router, version: string) => {
  const document = JSON.stringify(buildOpenApiDocument(version));
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.type('application/json').send(document);
  });
  const assets = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  router.use('/api/docs/assets', express.static(assets, { index: false, maxAge: '1h' }));
  router.get('/api/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(DOCS_INIT);
  });
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(DOCS_PAGE);
  });
};
