import type { RawTable } from '../../engine/cells';
import { contractHeaders, rawTable } from '../table';
import { EKONOMI_VOLUMES } from './ekonomi';
import { KONTAKTCENTER_VOLUMES } from './kontaktcenter';
import { LOKALPLANERING_VOLUMES } from './lokalplanering';
import { LON_VOLUMES } from './lon';
import { REKRYTERING_VOLUMES } from './rekrytering';
import { UPPHANDLING_VOLUMES } from './upphandling';
import type { ServiceVolumes } from './volumes';

export const VOLUMES: readonly ServiceVolumes[] = [
  ...EKONOMI_VOLUMES,
  ...LON_VOLUMES,
  ...KONTAKTCENTER_VOLUMES,
  ...UPPHANDLING_VOLUMES,
  ...LOKALPLANERING_VOLUMES,
  ...REKRYTERING_VOLUMES,
];

export function volumesTable(): RawTable {
  return rawTable(
    'Volymer',
    contractHeaders('Volymer'),
    VOLUMES.flatMap(({ service, rows }) =>
      rows.map(([customer, volume, lastYear]) => ({ Kund: customer, Tjänst: service, Volym: volume, Fjolårsvolym: lastYear })),
    ),
  );
}
