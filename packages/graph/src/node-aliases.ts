import type { Entity } from "@fieldmap/extract";
import { foldName } from "./document";

/**
 * The aliases a node shows. A paper that names its task in full once and shortens it after
 * ("monocular depth estimation", then "depth estimation") gives the narrower node the head as an
 * alias; where the head is a node of the map itself, listing it under the narrower one would say
 * the two are the same thing. Such a head is left out of the list (its mentions still count for
 * the narrower node, as the papers meant them).
 */
export function shownAliases(entity: Entity, nodeNames: ReadonlySet<string>): string[] {
  const own = foldName(entity.name);
  return entity.aliases.filter((alias) => {
    const folded = foldName(alias);
    return folded === own || !nodeNames.has(folded) || !own.endsWith(folded);
  });
}
