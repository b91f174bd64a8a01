import { normalizeName } from '../schema';
import { keepShape } from '../shapes';

/** Looks names up as the contract matches them: case-insensitive, surrounding spaces ignored. */
export class NameIndex<T> {
  private readonly map = new Map<string, T>();

  set(name: string, value: T): void {
    this.map.set(normalizeName(name), value);
  }

  get(name: string): T | undefined {
    return this.map.get(normalizeName(name));
  }

  has(name: string): boolean {
    return this.map.has(normalizeName(name));
  }
}

keepShape(new NameIndex<unknown>());
