import { createMongoAbility, type RawRuleOf } from '@casl/ability';
import { packRules, unpackRules, type PackRule } from '@casl/ability/extra';
import { ACTIONS, SUBJECTS, type AppAbility } from './vocabulary.js';

type AppRawRule = RawRuleOf<AppAbility>;

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(ACTIONS);
const KNOWN_SUBJECTS: ReadonlySet<string> = new Set(SUBJECTS);

/** Compact, JSON-safe form of the rules, served to the web app by `GET .../me`. */
export function packAbility(ability: AppAbility): unknown[] {
  return packRules(ability.rules);
}

/** Rebuilds an ability from `packAbility` output; throws on anything malformed rather than guessing. */
export function unpackAbility(packed: unknown[]): AppAbility {
  if (!Array.isArray(packed)) throw new TypeError('Packed rules must be an array');
  packed.forEach(checkPackedRule);
  return createMongoAbility<AppAbility>(unpackRules(packed as PackRule<AppRawRule>[]));
}

// Dropping an unknown rule could drop an inverted one (widening access), so reject the payload instead.
function checkPackedRule(rule: unknown, index: number): void {
  const fail = (why: string): never => {
    throw new TypeError(`Packed rule ${index} is invalid: ${why}`);
  };
  if (!Array.isArray(rule) || rule.length < 2 || rule.length > 6) return fail('not a 2-6 element array');
  const [actions, subjects, conditions, inverted, fields, reason] = rule as unknown[];
  if (!checkList(actions, KNOWN_ACTIONS)) fail('unknown action');
  if (!checkList(subjects, KNOWN_SUBJECTS)) fail('unknown subject');
  if (!(conditions === undefined || conditions === 0 || (typeof conditions === 'object' && conditions !== null))) {
    fail('bad conditions');
  }
  if (!(inverted === undefined || inverted === 0 || inverted === 1)) fail('bad inverted flag');
  if (!(fields === undefined || fields === 0 || typeof fields === 'string')) fail('bad fields');
  if (!(reason === undefined || typeof reason === 'string')) fail('bad reason');
}

function checkList(value: unknown, known: ReadonlySet<string>): boolean {
  return typeof value === 'string' && value.split(',').every((item) => known.has(item));
}
