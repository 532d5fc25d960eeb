/**
 * Reading the generated OpenAPI document (lib/api/openapi.ts) for the reference page: JSON Schema
 * fragments described in words, so the page stays a faithful rendering of the document.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  format?: string;
  default?: unknown;
  maximum?: number;
  minimum?: number;
  maxItems?: number;
  maxLength?: number;
  pattern?: string;
  example?: unknown;
}

export const refName = (ref: string) => ref.replace('#/components/schemas/', '');
export const schemaAnchor = (name: string) => `schema-${name}`;

export type TypePart = { text: string; ref?: string };

/** The type of a schema as words and links: "array of QuestionSummary", "string (date) or null". */
export function typeParts(schema: JsonSchema | undefined): TypePart[] {
  if (!schema) return [{ text: 'any' }];
  if (schema.$ref) return [{ text: refName(schema.$ref), ref: schemaAnchor(refName(schema.$ref)) }];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    return options.flatMap((option, i) => [...(i > 0 ? [{ text: ' or ' }] : []), ...typeParts(option)]);
  }
  if (schema.enum) return [{ text: `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}` }];
  if (schema.const !== undefined) return [{ text: JSON.stringify(schema.const) }];
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
  if (type === 'array') return [{ text: 'array of ' }, ...typeParts(schema.items)];
  if (type === 'object' && !schema.properties) return [{ text: 'object' }];
  if (type === 'object') return [{ text: 'object' }];
  return [{ text: `${type ?? 'any'}${schema.format ? ` (${schema.format})` : ''}` }];
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** An object written out in place (not a named schema), directly, as `X or null`, or as array items: its fields are listed under it. */
export function inlineObject(schema: JsonSchema | undefined): JsonSchema | null {
  if (!schema || schema.$ref) return null;
  if (schema.properties) return schema;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.map(inlineObject).find(Boolean) ?? null;
  if (schema.items) return inlineObject(schema.items);
  return null;
}

/** Limits and defaults worth telling a reader. */
export function constraints(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const out: string[] = [];
  if (schema.default !== undefined && schema.default !== '') out.push(`default ${JSON.stringify(schema.default)}`);
  // Whole numbers carry JavaScript's safe-integer bounds: not worth telling.
  if (schema.minimum !== undefined && schema.minimum > -SAFE) out.push(`at least ${schema.minimum}`);
  if (schema.maximum !== undefined && schema.maximum < SAFE) out.push(`at most ${schema.maximum}`);
  if (schema.maxItems !== undefined) out.push(`up to ${schema.maxItems} values`);
  if (schema.maxLength !== undefined) out.push(`up to ${schema.maxLength} characters`);
  if (schema.example !== undefined) out.push(`e.g. ${JSON.stringify(schema.example)}`);
  return out;
}

/** Splits text on `code` spans (the document's descriptions use them), for rendering without HTML. */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) => (part.startsWith('`') && part.endsWith('`') ? { text: part.slice(1, -1), code: true } : { text: part, code: false }));
}
