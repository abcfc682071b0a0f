import type { RequestHandler, Response } from 'express';
import type { HttpProblem } from '../problem/http-problem.js';
import { httpProblem } from '../problem/http-problem.js';
import type { KeyStore } from '../../auth/key-store.js';
import { mayAccess, roleAtLeast, type Principal, type Role } from '../../auth/principal.js';

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]{1,512})[ \t]*$/i;
const PRINCIPAL = 'principal';

/** Who the request acts as, set by `authenticate`; routes behind it may rely on it. */
export function principalOf(res: Response): Principal {
  const principal = res.locals[PRINCIPAL] as Principal | undefined;
  if (!principal) throw new Error('principalOf called on a route without authenticate');
  return principal;
}

/** Only the key id is logged, never the key: it identifies the caller without granting anything. */
export const keyIdOf = (res: Response): string | undefined => (res.locals?.[PRINCIPAL] as Principal | undefined)?.keyId;

const unauthorized = (detail: string) =>
  httpProblem('UNAUTHORIZED', detail, {}, { 'WWW-Authenticate': 'Bearer realm="grip"' });

/** `Authorization: Bearer <key>`, checked against the hashed key store. */
export function authenticate(keys: KeyStore): RequestHandler {
  return (req, res, next) => {
    const header = req.get('authorization');
    if (!header) return next(unauthorized('send an API key as "Authorization: Bearer <key>"'));
    const match = BEARER.exec(header);
    const principal = match ? keys.authenticate(match[1]!) : null;
    if (!principal) return next(unauthorized('the API key is unknown, revoked or malformed'));
    res.locals[PRINCIPAL] = principal;
    next();
  };
}

export function requireRole(needed: Role): RequestHandler {
  return (_req, res, next) => {
    const { role } = principalOf(res);
    next(
      roleAtLeast(role, needed)
        ? undefined
        : httpProblem('FORBIDDEN', `this needs the ${needed} role; the key has ${role}`),
    );
  };
}

/**
 * Another municipality's data answers exactly like data that does not exist (404, not 403), so a
 * key cannot find out which programmes or municipalities exist elsewhere. The problem is built only
 * when thrown: an Error captures a stack trace, which every allowed read would pay for nothing.
 */
export function assertMayAccess(principal: Principal, municipality: string, notFound: () => HttpProblem): void {
  if (!mayAccess(principal, municipality)) throw notFound();
}
