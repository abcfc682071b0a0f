import type { EventStore } from '@grip/ledger';

/**
 * How a worker thread opens its own connection to the same store: a module, the name of its factory
 * export and the factory's (structured-cloneable) options, e.g.
 * { module: '@grip/ledger/sqlite', factory: 'openSqliteEventStore', options: { path } }.
 */
export type StoreRecipe = { readonly module: string; readonly factory: string; readonly options: unknown };

export async function openFromRecipe(recipe: StoreRecipe): Promise<EventStore> {
  const mod = (await import(recipe.module)) as Record<string, unknown>;
  const factory = mod[recipe.factory];
  if (typeof factory !== 'function') throw new Error(`${recipe.module} has no factory ${recipe.factory}`);
  return await (factory as (options: unknown) => EventStore | Promise<EventStore>)(recipe.options);
}
