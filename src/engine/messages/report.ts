import { phrase, type Names } from './wording';
import type { Place } from '../problems';
import { priceStepText, unitAfterNumber, type PriceStep, type VolumeUnit } from './pricing';

/** The messages of making the outputs (engine/report, engine/statement). */
export const reportPhrases = {
  invoiceBasisTooLarge: phrase(
    (a: { rows: string; sheetRows: string }) =>
      `Fakturaunderlaget har ${a.rows} rader, fler än ett Excel-blad rymmer (${a.sheetRows}); bladet Fakturaunderlag skrivs utan rader. Skriv det som CSV med kommandot intaktsmodell invoice IN.xlsx --out fakturaunderlag.csv.`,
    (a) =>
      `The invoice basis has ${a.rows} rows, more than an Excel sheet holds (${a.sheetRows}); the sheet Fakturaunderlag is written without rows. Write it as CSV with the command intaktsmodell invoice IN.xlsx --out fakturaunderlag.csv.`,
  ),
  coarsePriceStep: phrase(
    (a: { at: Place; under: boolean; service: string; revenue: string; cost: string; gap: string; percent: string | null; price: string; step: PriceStep; volume: string; unit: VolumeUnit }, w) =>
      `${w.where(a.at)}: Avstämning visar ${a.under ? 'Underdeckning' : 'Överdeckning'} för ${a.service}: intäkten ${a.revenue} kr mot kostnaden ${a.cost} kr, en differens på ${a.gap} kr${a.percent === null ? '' : ` (${a.percent} % av kostnaden)`}. Priset ${a.price} kr är avrundat till ${priceStepText(a.step, w)}, som är för grovt för volymen ${a.volume} ${unitAfterNumber(a.unit, w)}; ange ett mindre prissteg.`,
    (a, w) =>
      `${w.where(a.at)}: Avstämning shows ${a.under ? 'Underdeckning' : 'Överdeckning'} for ${a.service}: revenue ${a.revenue} kr against cost ${a.cost} kr, a difference of ${a.gap} kr${a.percent === null ? '' : ` (${a.percent} % of the cost)`}. The price ${a.price} kr is rounded to ${priceStepText(a.step, w)}, which is too coarse for the volume ${a.volume} ${unitAfterNumber(a.unit, w)}; enter a smaller price step.`,
  ),
  phaseInWithoutLastYear: phrase(
    (a: { cap: string }) =>
      `Övergångstak ${a.cap} är angivet men ingen kund har ett fjolårsbelopp (Fjolårspris i Tjänster × Fjolårsvolym i Volymer); ingen kund kappas.`,
    (a) => `Övergångstak ${a.cap} is set but no customer has a last-year amount (Fjolårspris in Tjänster × Fjolårsvolym in Volymer); no customer is capped.`,
  ),
  /** `overall`: the customers' change in all, when it is past the cap (else nobody can take the adjustment). */
  phaseInNotHeld: phrase(
    (a: { cap: string; customers: Names; overall: string | null }, w) =>
      `Övergångstaket ${a.cap} kan inte hållas för ${w.list(a.customers)}. ${
        a.overall === null
          ? 'Justeringen kan inte läggas på någon annan kund: inga okappade kunder med belopp delar kundens tjänster, eller de skulle hamna under noll.'
          : `Kundernas jämförbara belopp ändras sammantaget med ${a.overall} mot fjolåret, mer än taket, så alla kan inte hållas inom det när varje tjänst ska bära sin kostnad.`
      } De betalar sina okappade belopp; se Övergång.`,
    (a, w) =>
      `The Övergångstak ${a.cap} cannot be held for ${w.list(a.customers)}. ${
        a.overall === null
          ? 'The adjustment cannot be put on any other customer: no uncapped customer with an amount shares their services, or it would go below zero.'
          : `The customers' comparable amounts change by ${a.overall} in all against last year, more than the cap, so not all of them can stay within it while each service bears its cost.`
      } They pay their uncapped amounts; see Övergång.`,
  ),
  /** `sheetFull`: Spårning = Ja and more rows than a sheet holds; else past the limit of a blank Spårning. */
  traceSkipped: phrase(
    (a: { rows: string; sheetFull: boolean; limit: string }) =>
      `Spårningen skrevs inte: den skulle få ${a.rows} rader, ${
        a.sheetFull ? `fler än ett Excel-blad rymmer (${a.limit})` : `fler än gränsen ${a.limit}; sätt Spårning = Ja i Inställningar för att skriva den ändå`
      }. En kunds spårning får du med kommandot intaktsmodell trace ARBETSBOK.xlsx --customer KUND, eller genom att klicka på kunden i aktivitetsfönstret.`,
    (a) =>
      `Spårning was not written: it would have ${a.rows} rows, ${
        a.sheetFull ? `more than an Excel sheet holds (${a.limit})` : `more than the limit of ${a.limit}; set Spårning = Ja in Inställningar to write it anyway`
      }. Get one customer's trace with the command intaktsmodell trace WORKBOOK.xlsx --customer CUSTOMER, or by clicking the customer in the task pane.`,
  ),
};
