// Placeholder until the real seed-demo lands; the build lists this entry already.
console.error('seed-demo: not yet built');
process.exit(1);
