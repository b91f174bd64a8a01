import { phrase, type Names } from './wording';
import type { Place } from '../problems';

/** The messages of decided versions (Beslutade versioner, Versionsjämförelse, `decide`). */
export const versionPhrases = {
  compareVersionUnknown: phrase<{ at: Place; label: string; labels: Names }>(
    (a, w) =>
      `${w.where(a.at)}: Jämför med version är "${a.label}", men ingen beslutad version i Beslutade versioner har den etiketten. Versionerna är ${w.orList(a.labels)}; lämna värdet tomt för att jämföra med den senaste.`,
    (a, w) =>
      `${w.where(a.at)}: Jämför med version is "${a.label}", but no decided version in Beslutade versioner has that label. The versions are ${w.orList(a.labels)}; leave the value blank to compare with the latest.`,
  ),
  compareVersionWithoutVersions: phrase<{ at: Place; label: string }>(
    (a, w) => `${w.where(a.at)}: Jämför med version är "${a.label}", men arbetsboken har inga beslutade versioner (bladet Beslutade versioner), så ingen Versionsjämförelse skrivs.`,
    (a, w) => `${w.where(a.at)}: Jämför med version is "${a.label}", but the workbook has no decided versions (the sheet Beslutade versioner), so no Versionsjämförelse is written.`,
  ),
  versionInconsistent: phrase<{ at: Place; label: string; column: string; value: string; first: string; firstRow: number }>(
    (a, w) =>
      `${w.where(a.at)}: versionen "${a.label}" har ${a.column} "${a.value}" här men "${a.first}" på rad ${a.firstRow}; en version har ett datum och en kontrollsumma. Bladet ska inte ändras för hand: ta tillbaka det från en tidigare kopia av arbetsboken.`,
    (a, w) =>
      `${w.where(a.at)}: the version "${a.label}" has ${a.column} "${a.value}" here but "${a.first}" on row ${a.firstRow}; a version has one date and one checksum. The sheet is not to be changed by hand: bring it back from an earlier copy of the workbook.`,
  ),
  versionDuplicateRow: phrase<{ at: Place; label: string; service: string; customer: string | null; firstRow: number }>(
    (a, w) =>
      `${w.where(a.at)}: versionen "${a.label}" har ${a.customer === null ? `tjänsten ${a.service}` : `kunden ${a.customer} för tjänsten ${a.service}`} redan på rad ${a.firstRow}. Bladet ska inte ändras för hand: ta tillbaka det från en tidigare kopia av arbetsboken.`,
    (a, w) =>
      `${w.where(a.at)}: the version "${a.label}" has ${a.customer === null ? `the service ${a.service}` : `the customer ${a.customer} for the service ${a.service}`} already on row ${a.firstRow}. The sheet is not to be changed by hand: bring it back from an earlier copy of the workbook.`,
  ),
  decideHasErrors: phrase<{ errors: number }>(
    (a) => `Arbetsboken har ${a.errors} fel; en version kan bara sparas som beslutad när arbetsboken beräknas utan fel. Inget har sparats.`,
    (a) => `The workbook has ${a.errors} error${a.errors === 1 ? '' : 's'}; a version can be saved as decided only when the workbook calculates without errors. Nothing has been saved.`,
  ),
  decideLabelEmpty: phrase<Record<string, never>>(
    () => 'Ge versionen en etikett, t.ex. "Servicenämnden 2021-11-18". Inget har sparats.',
    () => 'Give the version a label, e.g. "Servicenämnden 2021-11-18". Nothing has been saved.',
  ),
  decideLabelTooLong: phrase<{ length: number; max: number }>(
    (a) => `Etiketten är ${a.length} tecken lång; en versions etikett får vara högst ${a.max} tecken. Inget har sparats.`,
    (a) => `The label is ${a.length} characters long; a version's label may be at most ${a.max} characters. Nothing has been saved.`,
  ),
  decideLabelControl: phrase<Record<string, never>>(
    () => 'Etiketten får inte ha radbrytningar eller tabbar. Inget har sparats.',
    () => 'The label may not hold line breaks or tabs. Nothing has been saved.',
  ),
  decideLabelTaken: phrase<{ label: string; date: string }>(
    (a) => `Det finns redan en beslutad version "${a.label}" (sparad ${a.date}). En beslutad version ändras aldrig: ge den nya versionen en annan etikett. Inget har sparats.`,
    (a) => `A decided version "${a.label}" already exists (saved ${a.date}). A decided version is never changed: give the new version another label. Nothing has been saved.`,
  ),
  decideSaved: phrase<{ label: string; date: string; services: number; charges: number; versions: number }>(
    (a) =>
      `Versionen "${a.label}" sparades som beslutad ${a.date}: ${a.services} tjänster och ${a.charges} belopp per kund och tjänst, på bladet Beslutade versioner (${a.versions === 1 ? 'den första versionen' : `${a.versions} versioner`}).`,
    (a) =>
      `The version "${a.label}" was saved as decided on ${a.date}: ${a.services} services and ${a.charges} amounts per customer and service, on the sheet Beslutade versioner (${a.versions === 1 ? 'the first version' : `${a.versions} versions`}).`,
  ),
  decideSameInputs: phrase<{ label: string; date: string }>(
    (a) => `Indata är desamma som när versionen "${a.label}" beslutades (${a.date}).`,
    (a) => `The inputs are the same as when the version "${a.label}" was decided (${a.date}).`,
  ),
};
