import { Fragment } from 'react';
import styles from './api-docs.module.css';
import { codeSpans, constraints, inlineObject, schemaAnchor, typeParts, type JsonSchema } from './schema-text';

/**
 * The reference page for /api/v1, rendered on the server from the generated OpenAPI document: no
 * client script (the CSP forbids third-party viewers, and none is needed to read a reference).
 */
interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}
interface Response {
  description: string;
  content?: { 'application/json': { schema: JsonSchema } };
}
interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  responses: Record<string, Response>;
}
export interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  paths: Record<string, { get: Operation }>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const operationAnchor = (path: string) => `get${path.replace(/[{}]/g, '').replace(/[^a-z0-9]+/gi, '-')}`;

function Text({ text }: { text: string }) {
  return (
    <>
      {codeSpans(text).map((part, i) => (part.code ? <code key={i}>{part.text}</code> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}

function Paragraphs({ text }: { text?: string }) {
  if (!text) return null;
  return text.split(/\n\n+/).map((p, i) => (
    <p key={i}>
      <Text text={p} />
    </p>
  ));
}

function Type({ schema }: { schema?: JsonSchema }) {
  return (
    <span className={styles.type}>
      {typeParts(schema).map((part, i) => (part.ref ? <a key={i} href={`#${part.ref}`}>{part.text}</a> : <Fragment key={i}>{part.text}</Fragment>))}
    </span>
  );
}

type Row = { name: string; schema?: JsonSchema; required?: boolean; description?: string };

/** Parameters or response fields; `required` is shown for parameters (every response field is always present). */
function Fields({ rows, nested = false }: { rows: Row[]; nested?: boolean }) {
  return (
    <dl className={nested ? `${styles.fields} ${styles.nested}` : styles.fields}>
      {rows.map((row) => {
        const inline = inlineObject(row.schema);
        const description = row.description ?? row.schema?.description;
        return (
          <div key={row.name} className={styles.field}>
            <dt>
              <code>{row.name}</code> <Type schema={row.schema} />
              {row.required ? <span className={styles.required}> required</span> : null}
            </dt>
            <dd>
              {description ? <Text text={description} /> : null}
              {constraints(row.schema).length > 0 ? <span className={styles.limits}>{constraints(row.schema).join('; ')}</span> : null}
              {inline?.properties ? <Fields nested rows={Object.entries(inline.properties).map(([name, schema]) => ({ name, schema }))} /> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function Endpoint({ path, op, base }: { path: string; op: Operation; base: string }) {
  const query = (op.parameters ?? []).filter((p) => p.in === 'query');
  const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
  return (
    <section className={styles.endpoint} id={operationAnchor(path)} aria-labelledby={`${operationAnchor(path)}-h`}>
      <h3 id={`${operationAnchor(path)}-h`}>
        <span className={styles.method}>GET</span> <code className={styles.path}>{`${base}${path}`}</code>
      </h3>
      <p className={styles.summary}>{op.summary}</p>
      <Paragraphs text={op.description} />
      {pathParams.length > 0 ? (
        <>
          <h4>Path</h4>
          <Fields rows={pathParams.map((p) => ({ name: p.name, schema: p.schema, required: true, description: p.description }))} />
        </>
      ) : null}
      {query.length > 0 ? (
        <>
          <h4>Query parameters</h4>
          <Fields rows={query.map((p) => ({ name: p.name, schema: p.schema, required: p.required, description: p.description }))} />
        </>
      ) : null}
      <h4>Responses</h4>
      <dl className={styles.fields}>
        {Object.entries(op.responses).map(([status, response]) => (
          <div key={status} className={styles.field}>
            <dt>
              <code>{status}</code> {response.content ? <Type schema={response.content['application/json'].schema} /> : null}
            </dt>
            <dd>
              <Text text={response.description} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ApiReference({ doc }: { doc: OpenApiDoc }) {
  const base = doc.servers?.[0]?.url ?? '';
  const byTag = new Map<string, [string, Operation][]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    const tag = item.get.tags?.[0] ?? 'Other';
    byTag.set(tag, [...(byTag.get(tag) ?? []), [path, item.get]]);
  }
  const schemas = Object.entries(doc.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className={styles.page}>
      <h1>{doc.info.title}</h1>
      <p className="muted">
        Version {doc.info.version}. Machine-readable: <a href={`${base}/openapi.json`}>{`${base}/openapi.json`}</a> (OpenAPI 3.1).
      </p>
      <Paragraphs text={doc.info.description} />
      <nav aria-label="Endpoints" className={styles.toc}>
        <h2>Endpoints</h2>
        {[...byTag].map(([tag, ops]) => (
          <div key={tag}>
            <h3>{tag}</h3>
            <ul>
              {ops.map(([path, op]) => (
                <li key={path}>
                  <a href={`#${operationAnchor(path)}`}>
                    <code>{path}</code>
                  </a>{' '}
                  <span className="muted">{op.summary}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {[...byTag].map(([tag, ops]) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{tag}</h2>
          {ops.map(([path, op]) => (
            <Endpoint key={path} path={path} op={op} base={base} />
          ))}
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 id="schemas">Response shapes</h2>
        {schemas.map(([name, schema]) => (
          <section key={name} id={schemaAnchor(name)} className={styles.schema} aria-labelledby={`${schemaAnchor(name)}-h`}>
            <h3 id={`${schemaAnchor(name)}-h`}>{name}</h3>
            {schema.description ? <Paragraphs text={schema.description} /> : null}
            {schema.properties ? (
              <Fields rows={Object.entries(schema.properties).map(([field, s]) => ({ name: field, schema: s }))} />
            ) : (
              <p>
                <Type schema={schema} />
              </p>
            )}
          </section>
        ))}
      </section>
    </div>
  );
}
