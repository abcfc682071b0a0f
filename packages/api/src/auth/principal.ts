import { z } from 'zod';

export const ROLES = ['viewer', 'controller', 'editor', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Each role includes the ones before it: viewer < controller < editor < admin. */
export const roleAtLeast = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** '*' means every municipality (for admins and national users). */
export type Principal = {
  readonly keyId: string;
  readonly name: string;
  readonly role: Role;
  readonly municipalities: readonly string[] | '*';
};

export const mayAccess = (principal: Principal, municipality: string): boolean =>
  principal.municipalities === '*' || principal.municipalities.includes(municipality);

/** What goes into every event's actor field: stable, readable, never the secret. */
export const actorOf = (principal: Principal): string => `key:${principal.keyId}:${principal.name}`;
