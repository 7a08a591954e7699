/** The classes custom-elements.json declares (written by `npm run analyze` from each element's JSDoc). */
import manifest from '../custom-elements.json';

interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
}
export interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string }[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}

/** Every class declared in custom-elements.json. */
export const declarations = (
  manifest as unknown as { modules: { declarations?: ManifestDeclaration[] }[] }
).modules.flatMap((module) => module.declarations ?? []);
