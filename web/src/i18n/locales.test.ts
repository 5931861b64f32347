import { describe, expect, it } from 'vitest';
import en from './en.json';
import ja from './ja.json';

// Every screen must exist in both languages: a key missing from one file would show a raw key.

function collectKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => collectKeys(child, prefix ? `${prefix}.${key}` : key));
}

function collectEmptyKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [prefix] : [];
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => collectEmptyKeys(child, prefix ? `${prefix}.${key}` : key));
}

function collectPlaceholders(value: unknown, prefix = ''): Map<string, string> {
  if (typeof value === 'string') {
    const names = [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
    return new Map([[prefix, names.join(',')]]);
  }
  if (typeof value !== 'object' || value === null) return new Map();
  return new Map(
    Object.entries(value).flatMap(([key, child]) => [...collectPlaceholders(child, prefix ? `${prefix}.${key}` : key)]),
  );
}

describe('locale resources', () => {
  it('have identical key sets in Japanese and English', () => {
    expect(collectKeys(ja).sort()).toEqual(collectKeys(en).sort());
  });

  it('have no empty strings', () => {
    expect(collectEmptyKeys(en)).toEqual([]);
    expect(collectEmptyKeys(ja)).toEqual([]);
  });

  it('use the same interpolation placeholders in both languages', () => {
    expect(Object.fromEntries(collectPlaceholders(ja))).toEqual(Object.fromEntries(collectPlaceholders(en)));
  });
});
