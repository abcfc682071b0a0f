import { municipalityCodeSchema } from '@grip/ledger';
import { z } from 'zod';
import { principalOf } from '../auth/middleware.js';
import { roleSchema, type Principal } from '../../auth/principal.js';
import { closeObjects, toJsonSchema } from '../openapi/json-schema.js';
import { objectSchema, problemResponses } from '../openapi/response-schemas.js';
import { httpProblem, invalidRequest } from '../problem/http-problem.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';
import { rejectQuery } from '../validation/no-query.js';
import { unknownKeyIssues } from '../validation/unknown-keys.js';
import { issuesOf } from '../validation/zod-issues.js';

const newKeySchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: roleSchema,
  municipalities: z.union([z.literal('*'), z.array(municipalityCodeSchema).min(1).max(500)]),
});

const bodySchema = toJsonSchema(newKeySchema, 'input');
closeObjects(bodySchema);

/** An admin manages only keys within its own municipalities; only an all-municipality admin sees '*' keys. */
const covers = (admin: Principal, municipalities: Principal['municipalities']): boolean =>
  admin.municipalities === '*' ||
  (municipalities !== '*' && municipalities.every((m) => admin.municipalities.includes(m)));

const publicView = (p: Principal) => ({ keyId: p.keyId, name: p.name, role: p.role, municipalities: p.municipalities });

export function keyRoutes({ grip }: RouteDeps): Operation[] {
  return [
    {
      method: 'post',
      path: `${API_PREFIX}/keys`,
      operationId: 'createKey',
      summary: 'Create an API key; the key itself is in this response only (it is stored hashed)',
      tag: 'Keys',
      access: 'admin',
      body: {
        schema: bodySchema,
        example: { name: 'controller hoogeveen', role: 'controller', municipalities: ['GM0118'] },
      },
      responses: {
        201: {
          description: '{ key, principal }',
          schema: objectSchema('{ key, principal: { keyId, name, role, municipalities } }'),
        },
        ...problemResponses(400, 401, 403, 404),
      },
      handler: (req, res) => {
        const issues = unknownKeyIssues(newKeySchema, req.body);
        const parsed = newKeySchema.safeParse(req.body);
        if (!parsed.success || issues.length > 0)
          throw invalidRequest([...issues, ...(parsed.success ? [] : issuesOf(parsed.error))]);
        const admin = principalOf(res);
        if (!covers(admin, parsed.data.municipalities))
          throw httpProblem('MUNICIPALITY_NOT_FOUND', 'a municipality in the list is not known to this key');
        const created = grip.keys.create(parsed.data, grip.clock.now());
        res
          .status(201)
          .setHeader('Cache-Control', 'no-store')
          .json({ key: created.key, principal: publicView(created.principal) });
      },
    },
    {
      method: 'get',
      path: `${API_PREFIX}/keys`,
      operationId: 'listKeys',
      summary: 'The active keys this admin manages (never the secrets)',
      tag: 'Keys',
      access: 'admin',
      responses: {
        200: {
          description: '{ keys: [...] }',
          schema: objectSchema('{ keys: [{ keyId, name, role, municipalities }] }'),
        },
        ...problemResponses(401, 403),
      },
      handler: (req, res) => {
        rejectQuery(req);
        const admin = principalOf(res);
        res.json({
          keys: grip.keys
            .list()
            .filter((k) => covers(admin, k.municipalities))
            .map(publicView),
        });
      },
    },
    {
      method: 'delete',
      path: `${API_PREFIX}/keys/:keyId`,
      operationId: 'revokeKey',
      summary: 'Revoke a key',
      tag: 'Keys',
      access: 'admin',
      responses: { 204: { description: 'Revoked' }, ...problemResponses(401, 403, 404) },
      handler: (req, res) => {
        const keyId = String(req.params['keyId']);
        const target = grip.keys.list().find((k) => k.keyId === keyId);
        if (!target || !covers(principalOf(res), target.municipalities) || !grip.keys.revoke(keyId, grip.clock.now())) {
          throw httpProblem('KEY_NOT_FOUND', `no active key ${keyId}`);
        }
        res.status(204).end();
      },
    },
  ];
}
