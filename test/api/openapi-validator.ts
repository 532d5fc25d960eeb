import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Checks API responses against the OpenAPI 3.1 document (Ajv's JSON Schema 2020-12 build, which 3.1
 * uses): the document is added whole, and each response's schema is looked up by JSON pointer, so
 * `$ref`s into components resolve as they would for any client.
 */
export function openApiValidator(document: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, 'openapi');
  const escape = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');
  return {
    /** Errors (empty when valid) for `body` as the `status` response of GET `path` (a template such as /questions/{id}). */
    check(path: string, status: number, body: unknown): string[] {
      const paths = document.paths as Record<string, { get: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
      const op = paths[path]?.get;
      if (!op) return [`no GET ${path} in the document`];
      const response = op.responses[String(status)];
      if (!response) return [`status ${status} is not documented for GET ${path}`];
      if (!response.content) return body === null || body === '' ? [] : [`status ${status} should have no body`];
      const validate = ajv.getSchema(`openapi#/paths/${escape(path)}/get/responses/${status}/content/application~1json/schema`);
      if (!validate) return ['no schema'];
      return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    },
  };
}
