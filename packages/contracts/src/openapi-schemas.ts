import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const COMPONENTS = '#/components/schemas/';
// Marks a reference to the input variant of a named schema until every operation is converted and we know
// whether it differs from the output one (a default makes a field optional on input, for instance).
const INPUT_MARK = '~input';

const mapRefs = (node: unknown, rewrite: (ref: string) => string): unknown => {
  if (Array.isArray(node)) return node.map((n) => mapRefs(n, rewrite));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? rewrite(v) : mapRefs(v, rewrite)]),
  );
};

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/**
 * Turns zod schemas into OpenAPI schema objects whose named parts (`.meta({ id })`) live once in
 * `components/schemas` and are referenced as `#/components/schemas/<id>`. zod alone writes each conversion as a
 * stand-alone JSON Schema with its own `$defs`, and `#/$defs/…` does not resolve inside an OpenAPI document.
 */
export const createSchemaCollector = () => {
  const named = { input: new Map<string, JsonSchema>(), output: new Map<string, JsonSchema>() };
  const local = { count: 0 };

  const convert = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
    const { $schema: _dialect, $defs, ...root } = json as { $schema?: string; $defs?: Record<string, JsonSchema> };
    // zod names recursive parts without an id `__schemaN`, per conversion; give them document-wide names.
    const renamed = new Map<string, string>();
    for (const id of Object.keys($defs ?? {})) {
      renamed.set(id, id.startsWith('__schema') ? `Schema${(local.count += 1)}` : id);
    }
    const rewrite = (ref: string) => {
      const id = ref.startsWith('#/$defs/') ? renamed.get(ref.slice('#/$defs/'.length)) : undefined;
      if (!id) return ref;
      return `${COMPONENTS}${id}${io === 'input' ? INPUT_MARK : ''}`;
    };
    for (const [id, def] of Object.entries($defs ?? {})) {
      named[io].set(renamed.get(id)!, mapRefs(def, rewrite) as JsonSchema);
    }
    return mapRefs(root, rewrite) as JsonSchema;
  };

  // The components, and a function that settles every input mark in a document: the input variant is the output
  // schema itself when both are the same (down to the schemas they reference), and `<id>Input` when they differ.
  const finish = () => {
    const refsOf = (def: JsonSchema) => {
      const ids: string[] = [];
      mapRefs(
        def,
        (ref) => (ref.endsWith(INPUT_MARK) && ids.push(ref.slice(COMPONENTS.length, -INPUT_MARK.length)), ref),
      );
      return ids;
    };
    const unmarked = (def: JsonSchema) => stableJson(mapRefs(def, (ref) => ref.replace(INPUT_MARK, '')));
    const differs = new Set<string>();
    for (const [id, def] of named.input) {
      const output = named.output.get(id);
      if (output && unmarked(def) !== stableJson(output)) differs.add(id);
    }
    // An input that references a differing input differs too; repeat until nothing changes.
    for (let changed = true; changed;) {
      changed = false;
      for (const [id, def] of named.input) {
        if (differs.has(id) || !named.output.has(id) || !refsOf(def).some((r) => differs.has(r))) continue;
        differs.add(id);
        changed = true;
      }
    }
    const inputName = (id: string) => (differs.has(id) ? `${id}Input` : id);
    const settleRefs = <T>(node: T): T =>
      mapRefs(node, (ref) =>
        ref.endsWith(INPUT_MARK) ? `${COMPONENTS}${inputName(ref.slice(COMPONENTS.length, -INPUT_MARK.length))}` : ref,
      ) as T;
    const schemas: Record<string, JsonSchema> = Object.fromEntries(named.output);
    for (const [id, def] of named.input) if (differs.has(id) || !named.output.has(id)) schemas[inputName(id)] = def;
    return { schemas: settleRefs(schemas), settleRefs };
  };

  return { convert, finish };
};
