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
