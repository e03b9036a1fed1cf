export { removeBoilerplate } from './remove.js';
export type { BoilerplateKind, Removal, RemoveBoilerplateOptions, RemoveBoilerplateResult, SiteMarker } from './types.js';
