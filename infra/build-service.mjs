// Bundles service entry points: `node ../../infra/build-service.mjs src/main.ts [src/other.ts …]`, run from the
// package directory, writes dist/<basename>.js (+ .map). Workspace packages (@kizuna/*) export TypeScript source,
// so they are bundled in; every other package stays an external import resolved by Node at run time.
// import.meta.url in bundled code is the bundle's URL (dist/<name>.js), as with any bundler.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const entries = process.argv.slice(2);
if (entries.length === 0) {
  console.error('usage: node build-service.mjs <entry.ts> [entry.ts …]   (run from the package directory)');
  process.exit(2);
}

const packageDir = process.cwd();
const builtins = new Set(builtinModules);

const packageNameOf = (specifier) => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

// Node's own lookup: node_modules/<name> in this directory or any parent.
const visibleFrom = (dir, name) => {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, 'node_modules', name, 'package.json'))) return true;
    if (path.dirname(current) === current) return false;
  }
};

const borrowed = new Set();

const externals = {
  name: 'kizuna-externals',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.probing) return undefined;
      const name = packageNameOf(args.path);
      if (args.path.startsWith('node:') || builtins.has(name)) return { path: args.path, external: true };
      if (name.startsWith('@kizuna/')) return undefined;
      if (visibleFrom(packageDir, name)) return { path: args.path, external: true };
      // pnpm gives each package only its own dependencies: a dependency of bundled workspace code that this
      // package does not declare cannot be found from dist/, so it is imported by its resolved absolute path.
      const resolved = await pluginBuild.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: { probing: true },
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      borrowed.add(name);
      return { path: resolved.path, external: true };
    });
  },
};

const started = Date.now();
const result = await build({
  entryPoints: entries,
  outdir: 'dist',
  entryNames: '[name]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // Resolve externals the way Node will: no bundler-only "module" condition or field.
  conditions: ['node'],
  mainFields: ['main'],
  logLevel: 'warning',
  metafile: true,
  // Bundled CommonJS calls require(), which ES modules lack.
  banner: {
    js: "import { createRequire as __kizunaCreateRequire } from 'node:module';\nconst require = __kizunaCreateRequire(import.meta.url);",
  },
  plugins: [externals],
}).catch(() => process.exit(1));

const outputs = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith('.js'))
  .map(([file, { bytes }]) => `${file} (${Math.round(bytes / 1024)} kB)`);
console.log(`built ${outputs.join(', ')} in ${Date.now() - started} ms`);
if (borrowed.size > 0) {
  console.log(
    `note: bundled workspace code uses ${[...borrowed].sort().join(', ')}, which ${path.basename(packageDir)} does ` +
      'not depend on; they are imported by absolute path (declare them in package.json to keep bare imports)',
  );
}
