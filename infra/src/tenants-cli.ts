// Placeholder until the real tenants-cli lands; the build lists this entry already.
console.error('tenants-cli: not yet built');
process.exit(1);
