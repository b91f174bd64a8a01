import { volumes, type ServiceVolumes } from './volumes';

/** Lokalplanering (9.2). LOIS is paid by the city office (Direkt) and has no rows. */
export const LOKALPLANERING_VOLUMES: readonly ServiceVolumes[] = [
  // Hours at 900 kr (9.2).
  volumes('Lokalplaneringsstöd', [
    ['Utbildningsförvaltningen', 2020, 2060],
    ['Socialförvaltningen', 500, 510],
    ['Äldreförvaltningen', 310, 310],
    ['Idrottsförvaltningen', 500, 540],
    ['Kulturförvaltningen', 710, 730],
    ['Arbetsmarknadsförvaltningen', 780, 820],
    ['Södermalm stadsdelsförvaltning', 1050, 1090],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 810, 830],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 1040, 1060],
    ['Hässelby-Vällingby stadsdelsförvaltning', 910, 960],
    ['Rinkeby-Kista stadsdelsförvaltning', 730, 760],
    ['Farsta stadsdelsförvaltning', 510, 520],
    ['Norrmalm stadsdelsförvaltning', 630, 670],
    ['Östermalm stadsdelsförvaltning', 510, 520],
  ]),
  // Participants.
  volumes('Utbildning lokalfrågor', [
    ['Utbildningsförvaltningen', 38, 39],
    ['Socialförvaltningen', 14, 14],
    ['Äldreförvaltningen', 20, 20],
    ['Idrottsförvaltningen', 9, 9],
    ['Kulturförvaltningen', 13, 13],
    ['Arbetsmarknadsförvaltningen', 10, 10],
    ['Södermalm stadsdelsförvaltning', 22, 22],
    ['Enskede-Årsta-Vantör stadsdelsförvaltning', 28, 28],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 17, 17],
    ['Hässelby-Vällingby stadsdelsförvaltning', 16, 16],
    ['Rinkeby-Kista stadsdelsförvaltning', 14, 14],
    ['Farsta stadsdelsförvaltning', 19, 19],
    ['Norrmalm stadsdelsförvaltning', 21, 21],
    ['Östermalm stadsdelsförvaltning', 18, 18],
  ]),
];
