import { existsSync } from 'node:fs';
import path from 'node:path';
import { listOperations } from '@kizuna/contracts';
import { AppError } from '@kizuna/domain';
import express, { type Express } from 'express';

const toPattern = (p: string) => new RegExp(`^${p.replace(/\{\w+\}/g, '[^/]+')}/?$`);
const KNOWN_PATHS = [...new Set(listOperations().map((op) => op.path))].map((p) => ({
  pattern: toPattern(p),
  methods: listOperations()
    .filter((op) => op.path === p)
    .map((op) => op.method.toUpperCase()),
}));

// API paths answer problem+json: 405 with Allow for a known path, 404 otherwise. Everything else is the web app.
export const registerFallbackRoutes = (app: Express, webDistDir: string | undefined) => {
  app.use('/api', (req, res) => {
    const known = KNOWN_PATHS.find((k) => k.pattern.test(req.originalUrl.split('?')[0]!));
    if (known) {
      res.setHeader('Allow', [...known.methods, ...(known.methods.includes('GET') ? ['HEAD'] : [])].join(', '));
      throw new AppError('METHOD_NOT_ALLOWED', `${req.method} is not supported here`);
    }
    throw new AppError('NOT_FOUND', 'No such API route');
  });
  if (webDistDir && existsSync(path.join(webDistDir, 'index.html'))) {
    app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
    app.get(/.*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.sendFile(path.join(webDistDir, 'index.html'), { maxAge: 0 });
    });
  }
  app.use((_req, _res) => {
    throw new AppError('NOT_FOUND', 'Not found');
  });
};
