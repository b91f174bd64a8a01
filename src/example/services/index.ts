import type { RawTable } from '../../engine/cells';
import { FTE_DRIVER } from '../areas';
import { contractHeaders, rawTable } from '../table';
import { EKONOMI } from './ekonomi';
import { KONTAKTCENTER } from './kontaktcenter';
import { LOKALPLANERING } from './lokalplanering';
import { LON } from './lon';
import { toRecord, type Service } from './service';
import { REKRYTERING } from './rekrytering';
import { UPPHANDLING } from './upphandling';

export const SERVICES: readonly Service[] = [
  ...EKONOMI,
  ...LON,
  ...KONTAKTCENTER,
  ...UPPHANDLING,
  ...LOKALPLANERING,
  ...REKRYTERING,
];

export function servicesTable(): RawTable {
  return rawTable('Tjänster', [...contractHeaders('Tjänster'), FTE_DRIVER], SERVICES.map(toRecord));
}
