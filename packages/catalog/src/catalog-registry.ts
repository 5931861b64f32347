import { ZFramework, type TFramework } from './catalog-model.js';
import { CATALOG_VERSION } from './catalog-version.js';
import { APPI_2026_07_17 } from './frameworks/appi-2026-07-17.js';
import { C30_4_2024_07_31 } from './frameworks/c30-4-2024-07-31.js';
import { EUAIA_2026_07_27 } from './frameworks/euaia-2026-07-27.js';
import { HCOC_2023_10_30 } from './frameworks/hcoc-2023-10-30.js';
import { ISO42001_2023 } from './frameworks/iso42001-2023.js';
import { JP_AIGB_V1_1 } from './frameworks/jp-aigb-v1-1.js';
import { JP_AIGB_V1_2 } from './frameworks/jp-aigb-v1-2.js';
import { JP_AIPA_2025_06_04 } from './frameworks/jp-aipa-2025-06-04.js';
import { JP_ART13_2025_12_19 } from './frameworks/jp-art13-2025-12-19.js';
import { JP_FIN_2025_03_04 } from './frameworks/jp-fin-2025-03-04.js';
import { JP_LEVEL4_2023_04_01 } from './frameworks/jp-level4-2023-04-01.js';
import { JP_SAMD_2020_09_01 } from './frameworks/jp-samd-2020-09-01.js';
import { NIST_RMF_1_0 } from './frameworks/nist-rmf-1-0.js';

// Every framework and its versions, oldest version first. Adding a version: add its data file, list it here, and
// move the pin in catalog-version.ts if it should become the default.
export const CATALOG_SOURCE_DATA: TFramework[] = [
  {
    id: 'jp-aigb',
    name: { ja: 'AI事業者ガイドライン', en: 'AI Guidelines for Business' },
    kind: 'guideline',
    versions: [JP_AIGB_V1_1, JP_AIGB_V1_2],
  },
  {
    id: 'jp-art13',
    name: {
      ja: '人工知能関連技術の研究開発及び活用の適正性確保に関する指針',
      en: 'Guideline for Ensuring the Appropriateness of R&D and Utilization of AI-Related Technology',
    },
    kind: 'guideline',
    versions: [JP_ART13_2025_12_19],
  },
  {
    id: 'appi',
    name: { ja: '個人情報保護法（AI利用に関わる義務）', en: 'APPI duties for AI use' },
    kind: 'law',
    versions: [APPI_2026_07_17],
  },
  {
    id: 'c30-4',
    name: { ja: '著作権法第30条の4（学習データの確認）', en: 'Copyright Act Art. 30-4 (training-data checks)' },
    kind: 'law',
    versions: [C30_4_2024_07_31],
  },
  {
    id: 'jp-samd',
    name: { ja: '医療機器プログラム（SaMD）', en: 'Medical device software (SaMD)' },
    kind: 'sector_overlay',
    versions: [JP_SAMD_2020_09_01],
  },
  {
    id: 'jp-fin',
    name: { ja: '金融：モデル・リスク管理', en: 'Finance: model risk management' },
    kind: 'sector_overlay',
    versions: [JP_FIN_2025_03_04],
  },
  {
    id: 'jp-level4',
    name: { ja: 'モビリティ：レベル4自動運転', en: 'Mobility: Level 4 automated driving' },
    kind: 'sector_overlay',
    versions: [JP_LEVEL4_2023_04_01],
  },
  {
    id: 'hcoc',
    name: {
      ja: '広島AIプロセス国際行動規範（高度なAIシステムを開発する組織向け）',
      en: 'Hiroshima Process International Code of Conduct (advanced AI developers)',
    },
    kind: 'code_of_conduct',
    versions: [HCOC_2023_10_30],
  },
  {
    id: 'jp-aipa',
    name: { ja: 'AI推進法（参考情報）', en: 'AI Promotion Act (context)' },
    kind: 'context',
    versions: [JP_AIPA_2025_06_04],
  },
  {
    id: 'iso42001',
    name: { ja: 'ISO/IEC 42001 附属書A 管理策', en: 'ISO/IEC 42001 Annex A controls' },
    kind: 'standard',
    versions: [ISO42001_2023],
  },
  {
    id: 'nist-rmf',
    name: { ja: 'NIST AIリスクマネジメントフレームワーク', en: 'NIST AI Risk Management Framework' },
    kind: 'standard',
    versions: [NIST_RMF_1_0],
  },
  {
    id: 'euaia',
    name: { ja: 'EU AI法', en: 'EU AI Act' },
    kind: 'law',
    versions: [EUAIA_2026_07_27],
  },
];

// Catalog data is read-only at run time; freezing turns an accidental write into an error instead of drift.
const freezeDeep = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(freezeDeep);
    Object.freeze(value);
  }
  return value;
};

// Cross-framework checks zod cannot express per object: unique framework ids, pins that resolve, and crosswalk
// links that land on a requirement of the pinned version of their target framework.
export const findCatalogProblems = (frameworks: readonly TFramework[]): string[] => {
  const problems: string[] = [];
  const byId = new Map<string, TFramework>();
  for (const f of frameworks) {
    if (byId.has(f.id)) problems.push(`duplicate framework id ${f.id}`);
    byId.set(f.id, f);
  }
  const pins: Record<string, string> = CATALOG_VERSION;
  const pinnedIds = new Set<string>();
  for (const f of frameworks) {
    const pinned = f.versions.find((v) => v.version === pins[f.id]);
    if (!pinned) problems.push(`framework ${f.id} has no pinned version in CATALOG_VERSION`);
    pinned?.requirements.forEach((r) => pinnedIds.add(r.id));
  }
  for (const f of frameworks) {
    for (const v of f.versions) {
      for (const r of v.requirements) {
        for (const target of r.crosswalk) {
          if (!pinnedIds.has(target))
            problems.push(`${f.id}@${v.version} ${r.id}: crosswalk target ${target} not found`);
        }
      }
    }
  }
  return problems;
};

const loadCatalog = (data: readonly TFramework[]): readonly TFramework[] => {
  const parsed = data.map((f) => ZFramework.parse(f));
  const problems = findCatalogProblems(parsed);
  if (problems.length > 0) throw new Error(`Catalog data is invalid:\n${problems.join('\n')}`);
  return freezeDeep(parsed);
};

export const CATALOG: readonly TFramework[] = loadCatalog(CATALOG_SOURCE_DATA);
