import { describe, expect, it } from 'vitest';
import {
  getFramework,
  getFrameworkVersion,
  getRequirement,
  listFrameworks,
  resolveFrameworkVersions,
} from './catalog-queries.js';
import { CATALOG_VERSION, DEFAULT_CATALOG_PINS } from './catalog-version.js';

describe('catalog queries', () => {
  it('when frameworks are listed, then every shipped framework appears once with its kind', () => {
    expect(listFrameworks().map((f) => [f.id, f.kind])).toEqual([
      ['jp-aigb', 'guideline'],
      ['jp-art13', 'guideline'],
      ['appi', 'law'],
      ['c30-4', 'law'],
      ['jp-samd', 'sector_overlay'],
      ['jp-fin', 'sector_overlay'],
      ['jp-level4', 'sector_overlay'],
      ['hcoc', 'code_of_conduct'],
      ['jp-aipa', 'context'],
      ['iso42001', 'standard'],
      ['nist-rmf', 'standard'],
      ['euaia', 'law'],
    ]);
    expect(getFramework('jp-aigb')?.versions.map((v) => [v.version, v.status])).toEqual([
      ['1.1', 'superseded'],
      ['1.2', 'current'],
    ]);
  });

  it('when a version is asked for, then it is returned, and an unknown one is undefined', () => {
    expect(getFrameworkVersion('jp-aigb', '1.1')?.publishedOn).toBe('2025-03-28');
    expect(getFrameworkVersion('jp-aigb', '1.0')).toBeUndefined();
    expect(getFrameworkVersion('nope', '1')).toBeUndefined();
  });

  it('when a requirement is asked for without a version, then the pinned version answers', () => {
    expect(getRequirement('jp-aigb:C-10')?.source.version).toBe(CATALOG_VERSION['jp-aigb']);
    expect(getRequirement('jp-aigb:C-10', '1.1')?.source.version).toBe('1.1');
    expect(getRequirement('jp-aigb:AG-1')).toBeDefined();
    expect(getRequirement('jp-aigb:AG-1', '1.1')).toBeUndefined();
    expect(getRequirement('unknown:1')).toBeUndefined();
    expect(getRequirement('no-colon')).toBeUndefined();
  });

  it('when the default pins are resolved, then one version per framework comes back', () => {
    const versions = resolveFrameworkVersions();
    expect(versions).toHaveLength(DEFAULT_CATALOG_PINS.length);
    expect(versions.map((v) => v.frameworkId)).toEqual(Object.keys(CATALOG_VERSION));
  });

  it('when a stored pin names a version that does not exist, then resolving it fails loudly', () => {
    expect(() => resolveFrameworkVersions([{ frameworkId: 'jp-aigb', version: '9.9' }])).toThrow(/jp-aigb@9.9/);
  });
});
