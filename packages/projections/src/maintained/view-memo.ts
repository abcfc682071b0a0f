const views = new WeakMap<object, Map<string, unknown>>();

/**
 * A view of a model, computed once per model object. Models are never changed after they are built (the
 * runner replaces a stream's model when it commits a new state), so a view stays valid for its model's
 * life: repeated reads of the latest state cost a map lookup instead of a recomputation.
 */
export function viewOf<M extends object, V>(model: M, name: string, compute: (model: M) => V): V {
  let byName = views.get(model);
  if (!byName) views.set(model, (byName = new Map<string, unknown>()));
  if (byName.has(name)) return byName.get(name) as V;
  const view = compute(model);
  byName.set(name, view);
  return view;
}

const combined = new WeakMap<object, Map<string, { parts: readonly object[]; view: unknown }>>();

/**
 * A view of a model and some other models (the fiscal balance: a municipality and its programmes), kept
 * while every one of them is the same object: a new model of any of them computes it again.
 */
export function viewOfAll<M extends object, V>(model: M, parts: readonly object[], name: string, compute: () => V): V {
  let byName = combined.get(model);
  if (!byName) combined.set(model, (byName = new Map<string, { parts: readonly object[]; view: unknown }>()));
  const held = byName.get(name);
  if (held && held.parts.length === parts.length && held.parts.every((p, i) => p === parts[i])) return held.view as V;
  const view = compute();
  byName.set(name, { parts: [...parts], view });
  return view;
}
