// Placeholder until the real bench lands; the build lists this entry already.
console.error('bench: not yet built');
process.exit(1);
