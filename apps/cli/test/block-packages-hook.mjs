// Module resolution hook (see block-packages.mjs): a blocked package cannot be resolved.
let blocked = [];

export function initialize(data) {
  blocked = data.blocked;
}

/** "@scope/name/sub" -> "@scope/name", "name/sub" -> "name". */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

export async function resolve(specifier, context, next) {
  const name = packageName(specifier);
  if (blocked.includes(name)) throw new Error(`blocked package loaded: ${name}, imported by ${context.parentURL}`);
  const resolved = await next(specifier, context);
  // A package's file imported by its path is the package too (the extractor names compromise's
  // one-file build so, as that package's exports offer it to require() only).
  const inside = blocked.find((blockedName) => resolved.url.includes(`/node_modules/${blockedName}/`));
  if (inside) throw new Error(`blocked package loaded: ${inside}, imported by ${context.parentURL}`);
  return resolved;
}
