import { phrase } from './wording';
import type { Place } from '../problems';

/** The messages of the acting price cap (Pristaksmetod) and of agreed amounts (Avtalat belopp). */
export const capPhrases = {
  capMethodNeedsCap: phrase<{ at: Place }>(
    (a, w) => `${w.where(a.at)}: Pristaksmetod är Begränsa, men Pristak saknas, så det finns inget tak att begränsa priserna till. Ange Pristak (t.ex. 0,015 för 1,5 %) eller sätt Pristaksmetod till Flagga.`,
    (a, w) => `${w.where(a.at)}: Pristaksmetod is Begränsa, but Pristak is missing, so there is no cap to hold the prices to. Give Pristak (e.g. 0,015 for 1,5 %) or set Pristaksmetod to Flagga.`,
  ),
  capWithoutLastPrice: phrase<{ at: Place; service: string; model: string; zero: boolean }>(
    (a, w) =>
      `${w.where(a.at)}: Pristaksmetod är Begränsa, men tjänsten ${a.service} (${a.model}) ${a.zero ? 'har fjolårspriset 0, som ingen höjning kan mätas mot' : 'saknar fjolårspris'}, så pristaket kan inte begränsa dess pris; priset tas ut som det räknas fram. Ange Fjolårspris för att taket ska gälla tjänsten.`,
    (a, w) =>
      `${w.where(a.at)}: Pristaksmetod is Begränsa, but the service ${a.service} (${a.model}) ${a.zero ? 'has the Fjolårspris 0, against which no rise can be measured' : 'has no Fjolårspris'}, so the price cap cannot hold its price; the price is charged as calculated. Give Fjolårspris for the cap to apply to the service.`,
  ),
  agreedAmountModel: phrase<{ at: Place; service: string; model: string }>(
    (a, w) =>
      `${w.where(a.at)}: tjänsten ${a.service} har prismodellen ${a.model}, men Avtalat belopp gäller bara Fast och Direkt (en årssumma som nycklas ut eller betalas av betalaren). Ta bort beloppet, eller ange ett pris per enhet i Fastställt pris.`,
    (a, w) =>
      `${w.where(a.at)}: the service ${a.service} has the pricing model ${a.model}, but Avtalat belopp applies to Fast and Direkt only (a yearly sum keyed out or paid by the payer). Remove the amount, or give a price per unit in Fastställt pris.`,
  ),
  agreedAndSetPrice: phrase<{ at: Place; service: string; setPriceCell: string | null }>(
    (a, w) =>
      `${w.where(a.at)}: tjänsten ${a.service} har både Avtalat belopp och Fastställt pris${a.setPriceCell ? ` (${a.setPriceCell})` : ''}; det är oklart vilket som gäller. Avtalat belopp är årssumman för en Fast- eller Direkt-tjänst; ett Fastställt pris är ett pris per enhet och gäller inte Fast eller Direkt. Töm en av cellerna.`,
    (a, w) =>
      `${w.where(a.at)}: the service ${a.service} has both Avtalat belopp and Fastställt pris${a.setPriceCell ? ` (${a.setPriceCell})` : ''}; which one applies is unclear. Avtalat belopp is the yearly sum of a Fast or Direkt service; a Fastställt pris is a price per unit and does not apply to Fast or Direkt. Empty one of the cells.`,
  ),
  agreedSumOutOfRange: phrase<{ at: Place; service: string; amount: string; total: string; limit: string }>(
    (a, w) => `${w.where(a.at)}: det avtalade beloppet ${a.amount} kr för ${a.service} gör att de avtalade beloppen tillsammans blir ${a.total} kr; summan måste vara mindre än ${a.limit} kr.`,
    (a, w) => `${w.where(a.at)}: the agreed amount ${a.amount} kr for ${a.service} brings the agreed amounts together to ${a.total} kr; the sum must be less than ${a.limit} kr.`,
  ),
};
