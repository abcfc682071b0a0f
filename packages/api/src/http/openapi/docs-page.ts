import { allProblemTypes } from '../problem/problem-types.js';
import type { JsonSchema } from '../operation/operation.js';
import { markdownBlock, markdownInline } from './markdown.js';
import { schemaFields } from './schema-fields.js';

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const pretty = (value: unknown): string => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;

type Param = { name: string; in: string; required?: boolean; description?: string };

function parameterTable(params: readonly Param[]): string {
  if (params.length === 0) return '';
  const rows = params
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : ''}</td><td>${markdownInline(p.description ?? '')}</td></tr>`,
    )
    .join('');
  return `<table><tr><th>parameter</th><th>in</th><th>required</th><th></th></tr>${rows}</table>`;
}

type Response = { description: string; content?: Record<string, { schema?: JsonSchema; example?: unknown }> };

/** The JSON answer of a successful call: every field with its type and meaning, and an example. */
function responseBody(responses: Record<string, Response>): string {
  const ok = Object.entries(responses).find(([status]) => status.startsWith('2'));
  const json = ok?.[1].content?.['application/json'];
  const fields = json?.schema ? schemaFields(json.schema) : [];
  if (fields.length === 0) return '';
  const rows = fields
    .map(
      (f) =>
        `<tr><td><code>${escapeHtml(f.path)}</code></td><td>${escapeHtml(f.type)}</td><td>${markdownInline(f.description)}</td></tr>`,
    )
    .join('');
  const example = json?.example === undefined ? '' : `<p>Example response:</p>${pretty(json.example)}`;
  return `<details class="response" open><summary>Response ${ok![0]}: fields</summary>
<table class="fields"><tr><th>field</th><th>type</th><th>meaning</th></tr>${rows}</table></details>${example}`;
}

function operationSection(path: string, method: string, op: JsonSchema): string {
  const body = (op['requestBody'] as { content: Record<string, { schema: unknown; example?: unknown }> } | undefined)
    ?.content['application/json'];
  const responses = op['responses'] as Record<string, Response>;
  const statuses = Object.entries(responses)
    .map(([status, r]) => `<li><b>${status}</b> ${markdownInline(r.description)}</li>`)
    .join('');
  return `<section id="${escapeHtml(String(op['operationId']))}">
<h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${markdownInline(String(op['summary']))}. Role: <b>${escapeHtml(String(op['x-required-role']))}</b>.</p>
${typeof op['description'] === 'string' ? markdownBlock(op['description']) : ''}
${parameterTable((op['parameters'] as Param[] | undefined) ?? [])}
${body ? `<details><summary>Request body schema</summary>${pretty(body.schema)}</details><p>Example:</p>${pretty(body.example)}` : ''}
${responseBody(responses)}
<ul>${statuses}</ul>
</section>`;
}

/**
 * The API description as one self-contained HTML page (no scripts, no CDN): readable offline and
 * allowed by the strict Content-Security-Policy.
 */
export function renderDocsPage(document: JsonSchema): string {
  const paths = document['paths'] as Record<string, Record<string, JsonSchema>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const byTag = new Map<string, typeof operations>();
  for (const entry of operations) {
    const tag = (entry.op['tags'] as string[])[0]!;
    byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
  }
  const toc = [...byTag.keys()]
    .map((tag) => `<li><a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`)
    .join('');
  const sections = [...byTag]
    .map(
      ([tag, entries]) =>
        `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${entries.map((e) => operationSection(e.path, e.method, e.op)).join('')}`,
    )
    .join('');
  const problems = allProblemTypes()
    .map((p) => `<tr><td><code>${escapeHtml(p.type)}</code></td><td>${p.status}</td></tr>`)
    .join('');
  const info = document['info'] as { title: string; version: string; description: string };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(info.title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font:13px ui-monospace,monospace}pre{background:#f5f5f5;padding:.6rem;overflow:auto;max-height:24rem}
section{border-top:1px solid #ddd;padding:.4rem 0}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
.m{display:inline-block;min-width:4rem;color:#fff;border-radius:3px;padding:0 .3rem;text-align:center;font-size:13px}
table.fields td:first-child{white-space:nowrap}.response summary{font-weight:600}
.get{background:#2a7}.post{background:#27a}.put{background:#a72}.delete{background:#a22}
</style></head><body>
<h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
${markdownBlock(info.description)}
<p>Send <code>Authorization: Bearer &lt;key&gt;</code>. Machine-readable: <a href="openapi.json">openapi.json</a>.</p>
<ul>${toc}<li><a href="#problems">Problem types</a></li></ul>
${sections}
<h2 id="problems">Problem types</h2><table><tr><th>type</th><th>status</th></tr>${problems}</table>
</body></html>`;
}
