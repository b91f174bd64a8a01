import { phrase, type Names, type NestedMessage } from './wording';
import type { Place } from '../problems';
import { priceStepText, unitAfterNumber, unitAfterPer, type PriceStep, type VolumeUnit } from './pricing';

/** A sum past the engine's limit: the amounts are Swedish-formatted strings. */
interface Sum {
  at: Place;
  sum: string;
  limit: string;
}

/**
 * The messages of pricing and allocating (engine/calc). A place without a column ("Kostnader
 * rad 4") is the row the problem is on; the problem's own place may name the column too.
 */
export const calcPhrases = {
  // amountLimits.ts: sums past the limit.
  costSumTooLarge: phrase(
    (a: Sum, w) => `${w.where(a.at)}: beloppen i Kostnader blir här tillsammans ${a.sum} kr räknat utan tecken; summan måste vara mindre än ${a.limit} kr.`,
    (a, w) => `${w.where(a.at)}: the amounts in Kostnader add up to ${a.sum} kr here, counted without sign; the sum must be less than ${a.limit} kr.`,
  ),
  deviationSumTooLarge: phrase(
    (a: Sum & { events: string; type: string; service: string; unitCost: string }, w) =>
      `${w.where(a.at)}: ${a.events} avvikelser av typen ${a.type} på ${a.service} à ${a.unitCost} kr gör att avvikelsernas standardkostnad blir ${a.sum} kr; summan måste vara mindre än ${a.limit} kr.`,
    (a, w) =>
      `${w.where(a.at)}: ${a.events} deviations of the type ${a.type} on ${a.service} at ${a.unitCost} kr each bring the deviations' standard cost to ${a.sum} kr; the sum must be less than ${a.limit} kr.`,
  ),
  setPriceSumTooLarge: phrase(
    (a: Sum & { price: string; volume: string }, w) =>
      `${w.where(a.at)}: det fastställda priset ${a.price} kr × volymen ${a.volume} gör att intäkterna av fastställda priser och paket blir ${a.sum} kr; summan måste vara mindre än ${a.limit} kr.`,
    (a, w) =>
      `${w.where(a.at)}: the Fastställt pris ${a.price} kr × the volume ${a.volume} brings the revenue from set prices and packages to ${a.sum} kr; the sum must be less than ${a.limit} kr.`,
  ),
  packageSumTooLarge: phrase(
    (a: Sum & { price: string; buyers: number; service: string }, w) =>
      `${w.where(a.at)}: paketpriset ${a.price} kr för ${a.buyers} kunder på ${a.service} gör att intäkterna av fastställda priser och paket kan bli ${a.sum} kr; summan måste vara mindre än ${a.limit} kr.`,
    (a, w) =>
      `${w.where(a.at)}: the package price ${a.price} kr for ${a.buyers} customers on ${a.service} can bring the revenue from set prices and packages to ${a.sum} kr; the sum must be less than ${a.limit} kr.`,
  ),
  changeSumTooLarge: phrase(
    (a: Sum & { lastPrice: string; price: string | null; volume: string }, w) =>
      `${w.where(a.at)}: Förändringsanalysen räknar fjolårspriset ${a.lastPrice} kr och årets pris ${a.price === null ? '' : `${a.price} kr `}på årets och fjolårets volymer (${a.volume} tillsammans), och beloppen blir där tillsammans ${a.sum} kr; summan måste vara mindre än ${a.limit} kr.`,
    (a, w) =>
      `${w.where(a.at)}: Förändringsanalys multiplies last year's price ${a.lastPrice} kr and this year's price ${a.price === null ? '' : `${a.price} kr `}by this year's and last year's volumes (${a.volume} in all), and the amounts there add up to ${a.sum} kr; the sum must be less than ${a.limit} kr.`,
  ),

  // fullCost.ts: spreading the cost rows.
  negativeDriver: phrase(
    (a: { at: Place; object: string; driver: string }, w) => `${w.where(a.at)}: "${a.object}" fördelas efter ${a.driver}, men någon tjänst har negativ ${a.driver}. Fördela efter en drivare i stället.`,
    (a, w) => `${w.where(a.at)}: "${a.object}" is spread by ${a.driver}, but some service has a negative ${a.driver}. Spread it by a driver instead.`,
  ),
  zeroDriver: phrase(
    (a: { at: Place; object: string; driver: string; within: string | null }, w) =>
      `${w.where(a.at)}: "${a.object}" ska fördelas efter ${a.driver}, men ${a.driver} är 0 för alla tjänster ${a.within === null ? '' : `i ${a.within} `}och kostnaden kan inte fördelas.`,
    (a, w) => `${w.where(a.at)}: "${a.object}" is to be spread by ${a.driver}, but ${a.driver} is 0 for every service${a.within === null ? '' : ` in ${a.within}`}, so the cost cannot be spread.`,
  ),
  poolMixUndefined: phrase(
    (a: { at: Place; pool: string }, w) =>
      `${w.where(a.at)}: poolen ${a.pool} får kostnader från andra pooler (Poolutbyte), men dess egna rader summerar till 0 och fördelas efter olika drivare, så det går inte att avgöra efter vilken drivare det mottagna ska fördelas. Fördela poolens rader efter samma drivare.`,
    (a, w) =>
      `${w.where(a.at)}: the pool ${a.pool} receives costs from other pools (Poolutbyte), but its own rows sum to 0 and are spread by different drivers, so there is no telling which driver should spread what it receives. Spread the pool's rows by one driver.`,
  ),

  // poolWarnings.ts, pools.ts: common pools.
  commonPoolNotDeclared: phrase(
    (a: { at: Place; pool: string; rows: number; amount: string; services: number; drivers: Names; viaPools: boolean }, w) =>
      `${w.where(a.at)}: kostnadsobjektet "${a.pool}" (${a.rows === 1 ? '1 rad' : `${a.rows} rader`}, ${a.amount} kr) är en gemensam pool som fördelas på ${a.services} ${a.services === 1 ? 'tjänst' : 'tjänster'} efter ${w.list(a.drivers, true)}${a.viaPools ? ', delvis genom andra pooler (Poolutbyte)' : ''}. Deklarera poolerna i tabellen Pooler (Pool, Fördelas efter, Beskrivning); då blir ett kostnadsobjekt som inte finns där ett fel i stället för en ny pool.`,
    (a, w) =>
      `${w.where(a.at)}: the cost object "${a.pool}" (${a.rows === 1 ? '1 row' : `${a.rows} rows`}, ${a.amount} kr) is a common pool, spread over ${a.services} ${a.services === 1 ? 'service' : 'services'} by ${w.list(a.drivers, true)}${a.viaPools ? ', partly through other pools (Poolutbyte)' : ''}. Declare the pools in the table Pooler (Pool, Fördelas efter, Beskrivning); then a cost object missing from it is an error instead of a new pool.`,
  ),
  poolFlowIgnored: phrase(
    (a: { at: Place; order: Names; from: string; to: string; share: string }, w) =>
      `${w.where(a.at)}: med Poolmetod Stegvis fördelas poolerna i ordningen ${w.list(a.order)} (den som ger störst andel till andra pooler först). ${a.to} är redan fördelad när ${a.from} fördelas, så andelen ${a.share} från ${a.from} till ${a.to} används inte utan går till tjänsterna.`,
    (a, w) =>
      `${w.where(a.at)}: with Poolmetod Stegvis the pools are spread in the order ${w.list(a.order)} (the one giving the largest share to other pools first). ${a.to} is already spread when ${a.from} is, so the share ${a.share} from ${a.from} to ${a.to} is not used and goes to the services instead.`,
  ),
  poolCycle: phrase(
    (a: { rows: Names; pools: Names }, w) =>
      `Poolutbyte rad ${w.list(a.rows, true)}: poolerna ${w.list(a.pools, true)} ger bort hela sina kostnader till varandra, så ingenting av dem når tjänsterna och fördelningen kan inte lösas. Låt minst en av poolerna behålla en andel för tjänsterna (andelarna från den summerar till mindre än 1).`,
    (a, w) =>
      `Poolutbyte ${a.rows.names.length === 1 && a.rows.more === 0 ? 'row' : 'rows'} ${w.list(a.rows, true)}: the pools ${w.list(a.pools, true)} give all their costs to each other, so none of it reaches the services and the allocation cannot be solved. Let at least one of the pools keep a share for the services (its shares to other pools summing to less than 1).`,
  ),

  // priceService.ts: pricing a service (under a scenario, inside scenarioProblem).
  negativeFullCost: phrase(
    (a: { service: string; cost: string }) => `Självkostnaden för ${a.service} blir negativ (${a.cost} kr); kontrollera de negativa beloppen i Kostnader.`,
    (a) => `The full cost of ${a.service} comes out negative (${a.cost} kr); check the negative amounts in Kostnader.`,
  ),
  deviationsExceedCost: phrase(
    (a: { service: string; deviations: string; cost: string }) =>
      `Avvikelserna för ${a.service} kostar ${a.deviations} kr, mer än tjänstens självkostnad ${a.cost} kr. Sänk kostnaden per avvikelse eller antalet i Avvikelser.`,
    (a) => `The deviations on ${a.service} cost ${a.deviations} kr, more than the service's full cost of ${a.cost} kr. Lower the cost per deviation or the counts in Avvikelser.`,
  ),
  noVolumeToPrice: phrase(
    (a: { service: string; unit: VolumeUnit }, w) => `Tjänsten ${a.service} prissätts per ${unitAfterPer(a.unit, w)} men har ingen volym i Volymer; priset kan inte räknas fram.`,
    (a, w) => `The service ${a.service} is priced per ${unitAfterPer(a.unit, w)} but has no volume in Volymer, so its price cannot be worked out.`,
  ),
  mixedWithoutFixedShare: phrase(
    (a: { service: string }) => `Tjänsten ${a.service} är Blandad men saknar fast andel.`,
    (a) => `The service ${a.service} is Blandad but has no Fast andel.`,
  ),
  directWithoutPayer: phrase(
    (a: { service: string }) => `Tjänsten ${a.service} har prismodellen Direkt men ingen betalare.`,
    (a) => `The service ${a.service} has the pricing model Direkt but no Betalare.`,
  ),
  packageWithoutBands: phrase(
    (a: { service: string }) => `Tjänsten ${a.service} är en Paket-tjänst men har inga band i tabellen Paket.`,
    (a) => `The service ${a.service} is priced by Paket but has no bands in the table Paket.`,
  ),
  volumeOutsideBands: phrase(
    (a: { at: Place; volume: string; customer: string; service: string }, w) => `${w.where(a.at)}: volymen ${a.volume} för ${a.customer} på ${a.service} hamnar inte i något band i tabellen Paket.`,
    (a, w) => `${w.where(a.at)}: the volume ${a.volume} of ${a.customer} on ${a.service} falls in no band of the table Paket.`,
  ),
  priceRoundsToZero: phrase(
    (a: { service: string; cost: string; volume: string; perUnit: string; unit: VolumeUnit; step: PriceStep }, w) =>
      `Priset för ${a.service} avrundas till 0 kr: den rörliga delen ${a.cost} kr över volymen ${a.volume} ${unitAfterNumber(a.unit, w)} är ${a.perUnit} kr per ${unitAfterNumber(a.unit, w)}, mindre än halva ${priceStepText(a.step, w)}. Tjänsten skulle inte ta ut sin kostnad; ange ett mindre prissteg eller kontrollera volymen.`,
    (a, w) =>
      `The price of ${a.service} rounds to 0 kr: the variable part of ${a.cost} kr over the volume ${a.volume} ${unitAfterNumber(a.unit, w)} is ${a.perUnit} kr per ${unitAfterPer(a.unit, w)}, less than half ${priceStepText(a.step, w)}. The service would not recover its cost; enter a smaller price step or check the volume.`,
  ),
  keyedWithoutKey: phrase(
    (a: { service: string; model: string }) => `Tjänsten ${a.service} har prismodellen ${a.model} men ingen fördelningsnyckel.`,
    (a) => `The service ${a.service} has the pricing model ${a.model} but no Nyckel to allocate by.`,
  ),
  noCustomerShares: phrase(
    (a: { service: string; key: string; withVolume: boolean; types: Names | null }, w) =>
      `Ingen kund delar kostnaden för ${a.service}: nyckeln ${a.key} är 0 för ${a.withVolume ? 'alla kunder med volym för tjänsten' : 'alla kunder'}${a.types ? ` av kundtyperna ${w.list(a.types)}` : ''}.`,
    (a, w) =>
      `No customer shares the cost of ${a.service}: the key ${a.key} is 0 for ${a.withVolume ? 'every customer with a volume of the service' : 'every customer'}${a.types ? ` of the customer types ${w.list(a.types)}` : ''}.`,
  ),
  deviationsNotWeighted: phrase(
    (a: { customers: Names; service: string }, w) => `Avvikelser för ${w.list(a.customers)} på ${a.service} påverkar inte fördelningen, eftersom kunden inte delar tjänstens kostnad.`,
    (a, w) => `Deviations of ${w.list(a.customers)} on ${a.service} do not affect the allocation, since the customer does not share the service's cost.`,
  ),
  /** A pricing problem found while pricing a scenario (calculate.ts). */
  scenarioProblem: phrase(
    (a: { scenario: string; problem: NestedMessage }, w) => `Scenario "${a.scenario}": ${w.text(a.problem)}`,
    (a, w) => `Scenario "${a.scenario}": ${w.text(a.problem)}`,
  ),
};
