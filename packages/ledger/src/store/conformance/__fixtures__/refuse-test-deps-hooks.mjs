const TEST_ONLY = /^(vitest|fast-check)(\/|$)/;

export async function resolve(specifier, context, next) {
  if (TEST_ONLY.test(specifier))
    throw new Error(`test-only package imported: ${specifier} (from ${context.parentURL})`);
  return next(specifier, context);
}
