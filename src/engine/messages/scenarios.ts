import { phrase, type Names } from './wording';
import type { Place } from '../problems';

/**
 * The messages of a scenario's who and how much (Scenarier's Kundtyper and Volymfaktor): read
 * in engine/read/scenarioColumns.ts and readExtras.ts, applied in engine/calc.
 */
export const scenarioPhrases = {
  scenarioRowChangesNothing: phrase(
    (a: { at: Place }, w) => `${w.where(a.at)}: raden ändrar varken prismodell, nyckel, fast andel, kundtyper eller volymfaktor.`,
    (a, w) => `${w.where(a.at)}: the row changes neither Prismodell, Nyckel, Fast andel, Kundtyper nor Volymfaktor.`,
  ),
  scenarioUnknownCustomerType: phrase(
    (a: { at: Place; type: string; known: Names }, w) =>
      a.known.names.length === 0
        ? `${w.where(a.at)}: ingen kund i Nycklar har kundtypen "${a.type}"; ingen kund har någon kundtyp alls (kolumnen Kundtyp i Nycklar är tom). Fyll i Kundtyp i Nycklar, eller skriv Alla för alla kunder.`
        : `${w.where(a.at)}: ingen kund i Nycklar har kundtypen "${a.type}". Kundtyperna i Nycklar är ${w.list(a.known, true)}; skriv Alla för alla kunder.`,
    (a, w) =>
      a.known.names.length === 0
        ? `${w.where(a.at)}: no customer in Nycklar has the customer type "${a.type}"; no customer has a type at all (the column Kundtyp of Nycklar is empty). Fill in Kundtyp in Nycklar, or write Alla for every customer.`
        : `${w.where(a.at)}: no customer in Nycklar has the customer type "${a.type}". The customer types in Nycklar are ${w.list(a.known, true)}; write Alla for every customer.`,
  ),
  scenarioAllWithTypes: phrase(
    (a: { at: Place; text: string }, w) => `${w.where(a.at)}: "${a.text}" blandar Alla med kundtyper. Skriv antingen Alla (alla kunder delar kostnaden) eller bara de kundtyper som delar den.`,
    (a, w) => `${w.where(a.at)}: "${a.text}" mixes Alla with customer types. Write either Alla (every customer shares the cost) or only the customer types that share it.`,
  ),
  scenarioVolumeFactorNotPositive: phrase(
    (a: { at: Place; value: string }, w) => `${w.where(a.at)}: volymfaktorn är ${a.value}, men den måste vara större än 0 (0,95 betyder 5 % lägre volymer). Utan volym kan inget pris per enhet räknas fram.`,
    (a, w) => `${w.where(a.at)}: the volume factor is ${a.value}, but it must be greater than 0 (0,95 means volumes 5 % lower). Without a volume no price per unit can be worked out.`,
  ),
  scenarioVolumeFactorTooLarge: phrase(
    (a: { at: Place; value: string }, w) => `${w.where(a.at)}: volymfaktorn ${a.value} är orimligt stor; den får vara högst 10 (tio gånger årets volymer). Skrev du procent? 0,95 betyder 5 % lägre volymer och 1,1 10 % högre.`,
    (a, w) => `${w.where(a.at)}: the volume factor ${a.value} is absurdly large; it may be at most 10 (ten times this year's volumes). Did you write a percentage? 0,95 means volumes 5 % lower and 1,1 10 % higher.`,
  ),
  scenarioVolumeFactorDecimals: phrase(
    (a: { at: Place; value: string }, w) => `${w.where(a.at)}: volymfaktorn ${a.value} har fler än fyra decimaler. Avrunda den (till exempel till 0,9525), så att beloppen kan räknas exakt.`,
    (a, w) => `${w.where(a.at)}: the volume factor ${a.value} has more than four decimals. Round it (for example to 0,9525), so that the amounts can be worked out exactly.`,
  ),
  scenarioNoSharers: phrase(
    (a: { at: Place; scenario: string; service: string; key: string; types: Names | null }, w) =>
      `${w.where(a.at)}: i scenariot "${a.scenario}" delar ingen kund kostnaden för ${a.service}: nyckeln ${a.key} är 0 för alla kunder${a.types === null ? '' : ` av kundtyperna ${w.list(a.types, true)}`}.`,
    (a, w) =>
      `${w.where(a.at)}: in the scenario "${a.scenario}" no customer shares the cost of ${a.service}: the key ${a.key} is 0 for every customer${a.types === null ? '' : ` of the customer types ${w.list(a.types, true)}`}.`,
  ),
  scenarioVolumeOutsideBands: phrase(
    (a: { at: Place; scenario: string; customer: string; service: string; volume: string; factor: string; scaled: string }, w) =>
      `${w.where(a.at)}: i scenariot "${a.scenario}" blir volymen för ${a.customer} på ${a.service} ${a.volume} × ${a.factor} = ${a.scaled}, som inte hamnar i något band i tabellen Paket.`,
    (a, w) =>
      `${w.where(a.at)}: in the scenario "${a.scenario}" the volume of ${a.customer} for ${a.service} becomes ${a.volume} × ${a.factor} = ${a.scaled}, which falls in no band of the table Paket.`,
  ),
  scenarioSetPriceSumOutOfRange: phrase(
    (a: { at: Place; scenario: string; total: string; limit: string }, w) =>
      `${w.where(a.at)}: med volymfaktorerna i scenariot "${a.scenario}" blir intäkterna av fastställda priser ${a.total} kr; summan måste vara mindre än ${a.limit} kr.`,
    (a, w) =>
      `${w.where(a.at)}: with the volume factors of the scenario "${a.scenario}" the revenue of decided prices becomes ${a.total} kr; the sum must be less than ${a.limit} kr.`,
  ),
  scenarioChangeWithoutEffect: phrase(
    (a: { at: Place; scenario: string; column: 'Kundtyper' | 'Volymfaktor'; target: string }, w) =>
      a.column === 'Kundtyper'
        ? `${w.where(a.at)}: Kundtyper ändrar inget i scenariot "${a.scenario}": de styr bara vem som delar en nycklad kostnad (Fast, Blandad), och ${a.target} nycklas inte i scenariot.`
        : `${w.where(a.at)}: Volymfaktor ändrar inget i scenariot "${a.scenario}": den verkar bara på tjänster som prissätts per enhet (Styck, Tim, Blandad, Paket), och ${a.target} prissätts inte så i scenariot.`,
    (a, w) =>
      a.column === 'Kundtyper'
        ? `${w.where(a.at)}: Kundtyper changes nothing in the scenario "${a.scenario}": it only decides who shares a keyed cost (Fast, Blandad), and ${a.target} is not keyed in the scenario.`
        : `${w.where(a.at)}: Volymfaktor changes nothing in the scenario "${a.scenario}": it only acts on services priced per unit (Styck, Tim, Blandad, Paket), and ${a.target} is not priced so in the scenario.`,
  ),
};
