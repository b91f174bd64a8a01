import { normalizeName } from '../schema';
import { MistypedNames } from './mistypedNames';
import type { Services } from './readServices';
import type { ServiceLevel } from '../messages/read';

/** What a Kostnadsobjekt can name besides a pool: the services, processes and areas of Tjänster. */
export class CostObjects {
  readonly processes: Set<string>;
  readonly areas: Set<string>;
  private mistyped: MistypedNames | null = null;

  /**
   * @param complete false when Tjänster had errors: a name may then be a service, process or
   * area whose row was left out, so it is not called a pool or a typo (that error stops the run).
   */
  constructor(
    private readonly services: Services,
    readonly complete = true,
  ) {
    this.processes = new Set(services.list.map((s) => normalizeName(s.process)));
    this.areas = new Set(services.list.map((s) => normalizeName(s.area)));
  }

  /** A service, a process or an area, when the name is one (in that order), else null. */
  kindOf(name: string): ServiceLevel | null {
    if (this.services.byName.has(name)) return 'service';
    const key = normalizeName(name);
    if (this.processes.has(key)) return 'process';
    if (this.areas.has(key)) return 'area';
    return null;
  }

  /** The services, processes and areas the name is probably a mistyped form of (MistypedNames). */
  suggest(name: string): string[] {
    if (this.mistyped === null) {
      // Made on first use: most workbooks have no pool row that needs it.
      this.mistyped = new MistypedNames();
      for (const s of this.services.list) this.mistyped.add(s.name);
      for (const s of this.services.list) this.mistyped.add(s.process);
      for (const s of this.services.list) this.mistyped.add(s.area);
    }
    return this.mistyped.suggest(name);
  }
}
