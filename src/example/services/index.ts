import type { RawTable } from '../../engine/cells';
import { FTE_DRIVER } from '../areas';
import { contractHeaders, rawTable } from '../table';
import { SERVICE_ACCOUNT_HEADERS, serviceAccount } from '../invoicing';
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
  const contract = contractHeaders('Tjänster').filter((h) => !SERVICE_ACCOUNT_HEADERS.includes(h));
  const inArea = new Map<string, number>();
  const records = SERVICES.map((s) => {
    const index = inArea.get(s.area) ?? 0;
    inArea.set(s.area, index + 1);
    return { ...toRecord(s), ...serviceAccount(s.area, index) };
  });
  return rawTable('Tjänster', [...contract, FTE_DRIVER, ...SERVICE_ACCOUNT_HEADERS], records);
}
