/** OUT.xlsx as IN's package with the outputs spliced in; see README.md in this folder. */
export { planOutputs, type OutputPlan } from './plan-outputs';
export { splicedPackage } from './spliced-package';
export type { GzipStream } from './zip-stream';
