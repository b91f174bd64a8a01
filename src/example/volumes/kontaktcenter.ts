import { volumes, type ServiceVolumes } from './volumes';

/** Kontaktcenter (chapter 8): ~450 000 cases a year with Stockholm Direkt's unbilled calls. */
export const KONTAKTCENTER_VOLUMES: readonly ServiceVolumes[] = [
  // Cases; only 7 of the 13 districts use the service (8.6).
  volumes('Äldre direkt', [
    ['Hässelby-Vällingby stadsdelsförvaltning', 12_300, 12_630],
    ['Bromma stadsdelsförvaltning', 14_330, 14_320],
    ['Östermalm stadsdelsförvaltning', 14_950, 15_760],
    ['Södermalm stadsdelsförvaltning', 18_650, 19_300],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 12_850, 13_670],
    ['Farsta stadsdelsförvaltning', 12_240, 12_610],
    ['Skärholmen stadsdelsförvaltning', 4690, 4880],
  ]),
  // Cases; every district.
  volumes('Funktionshinder', [
    ['Rinkeby-Kista stadsdelsförvaltning', 1140, 1130],
    ['Spånga-Tensta stadsdelsförvaltning', 920, 920],
    ['Hässelby-Vällingby stadsdelsförvaltning', 1800, 1860],
    ['Bromma stadsdelsförvaltning', 1510, 1500],
    ['Kungsholmen stadsdelsförvaltning', 1360, 1330],
    ['Norrmalm stadsdelsförvaltning', 1570, 1630],
    ['Östermalm stadsdelsförvaltning', 1470, 1430],
    ['Södermalm stadsdelsförvaltning', 3030, 3090],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 2300, 2390],
    ['Skarpnäck stadsdelsförvaltning', 940, 930],
    ['Farsta stadsdelsförvaltning', 1250, 1240],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 1940, 1940],
    ['Skärholmen stadsdelsförvaltning', 780, 780],
  ]),
  // Cases; the fixed share is keyed by last year's cases (Fjolårsvolym).
  volumes('Förskola/skola', [
    ['Rinkeby-Kista stadsdelsförvaltning', 2410, 2140],
    ['Spånga-Tensta stadsdelsförvaltning', 1940, 2120],
    ['Hässelby-Vällingby stadsdelsförvaltning', 3810, 3510],
    ['Bromma stadsdelsförvaltning', 3180, 3120],
    ['Kungsholmen stadsdelsförvaltning', 2860, 3220],
    ['Norrmalm stadsdelsförvaltning', 3310, 3720],
    ['Östermalm stadsdelsförvaltning', 3100, 3190],
    ['Södermalm stadsdelsförvaltning', 6390, 6370],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 4850, 5560],
    ['Skarpnäck stadsdelsförvaltning', 1980, 1890],
    ['Farsta stadsdelsförvaltning', 2630, 2720],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 4090, 3750],
    ['Skärholmen stadsdelsförvaltning', 1650, 1540],
    ['Utbildningsförvaltningen', 17_780, 15_560],
  ]),
  // Cases, billed to each e-service's owner (8.1): 8 000 × 100 kr = 0.8 MSEK.
  volumes('E-tjänstsupport', [
    ['Utbildningsförvaltningen', 3600, 3140],
    ['Trafikkontoret', 1500, 1370],
    ['Stadsbyggnadskontoret', 1100, 990],
    ['Socialförvaltningen', 600, 530],
    ['Miljöförvaltningen', 500, 450],
    ['Idrottsförvaltningen', 400, 350],
    ['Kulturförvaltningen', 300, 270],
  ]),
  // Cases.
  volumes('Förskola/skola tilläggstjänst', [
    ['Utbildningsförvaltningen', 38_000, 35_780],
    ['Södermalm stadsdelsförvaltning', 5240, 4910],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 4410, 4350],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 4230, 4240],
    ['Bromma stadsdelsförvaltning', 3170, 3190],
    ['Kungsholmen stadsdelsförvaltning', 2910, 2750],
    ['Rinkeby-Kista stadsdelsförvaltning', 2050, 2040],
  ]),
  // Cases.
  volumes('Godman, överförmyndare', [
    ['Överförmyndarförvaltningen', 36_000, 36_800],
  ]),
  // Web editor hours.
  volumes('Webb och kommunikation', [
    ['Stadsledningskontoret', 1200, 1200],
    ['Trafikkontoret', 800, 770],
    ['Kulturförvaltningen', 600, 580],
    ['Stadsbyggnadskontoret', 500, 520],
    ['Exploateringskontoret', 450, 470],
    ['Miljöförvaltningen', 400, 390],
    ['Idrottsförvaltningen', 350, 360],
    ['Stockholm Vatten och Avfall', 400, 410],
  ]),
  // Cases.
  volumes('Support vårdnadshavare skolplattformen', [
    ['Utbildningsförvaltningen', 30_000, 33_900],
  ]),
  // Cases.
  volumes('Parkering rörelsehindrade', [
    ['Trafikkontoret', 24_000, 24_300],
  ]),
  // Cases.
  volumes('Boendeparkering', [
    ['Trafikkontoret', 65_000, 64_600],
  ]),
  // Hours.
  volumes('Övriga tilläggstjänster KC', [
    ['Exploateringskontoret', 600, 620],
    ['Miljöförvaltningen', 700, 710],
    ['Stadsbyggnadskontoret', 800, 790],
    ['Stockholm Vatten och Avfall', 500, 500],
    ['Stockholms Hamn', 300, 300],
    ['Arbetsmarknadsförvaltningen', 500, 520],
  ]),
];
