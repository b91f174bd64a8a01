/** The fingerprint is worked out by the engine too (decided versions compare it): one function for both. */
export { inputFingerprint } from '../engine/inputFingerprint';
