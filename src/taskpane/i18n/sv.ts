import { kr, num, pct } from '../format';
import { MONTH_NAMES as MONTH_NAMES_SV } from '../../engine/months';
import type { PaneSettings } from '../summary/settings';
import type { SettingLine, Strings } from './strings';

export const sv: Strings = {
  lang: 'sv',
  appTitle: 'Intäktsmodell',
  startFailed: (reason) => `Intäktsmodell kunde inte starta: ${reason}`,
  introExcel: 'Beräknar självkostnadspriser från arbetsbokens tabeller (Nycklar, Tjänster, Kostnader, Volymer …) och skriver resultatbladen.',
  introBrowser: 'Öppna en arbetsbok med indatatabellerna (Nycklar, Tjänster, Kostnader, Volymer …), beräkna och ladda ned resultatet.',

  openWorkbook: 'Öppna arbetsbok…',
  fileInputLabel: 'Arbetsbok (.xlsx)',
  dropZoneLabel: 'Släpp en .xlsx-fil här',
  dropHint: 'eller dra och släpp en .xlsx-fil här',
  opening: 'Öppnar arbetsboken…',
  openedFile: (name) => `Öppnad: ${name}`,
  notXlsx: (name) => `${name} är ingen Excel-arbetsbok (.xlsx).`,
  openFailed: 'Arbetsboken kunde inte öppnas',

  calculate: 'Beräkna',
  calculateHintBrowser: 'Öppna en arbetsbok först.',
  progressLabel: 'Beräkning pågår',
  phaseReading: 'Läser tabellerna',
  phaseCalculating: 'Beräknar priser och fördelning',
  phaseWriting: 'Skriver resultatbladen',
  phasePacking: 'Skapar resultatfilen',
  phaseOpening: 'Packar upp arbetsboken',
  downloadProgressLabel: 'Resultatfilen skapas',
  cancel: 'Avbryt',
  cancelledTitle: 'Avbrutet',
  cancelledText: 'Inget har ändrats och inget har laddats ned.',
  downloadFailedTitle: 'Resultatfilen kunde inte skapas',
  downloadResult: 'Ladda ned resultatet (.xlsx)',
  resultFileName: (source, macros) => `${source.replace(/\.xls[xm]$/i, '')} resultat.${macros ? 'xlsm' : 'xlsx'}`,

  inputTablesLabel: 'Indatatabeller',
  createTemplate: 'Skapa mall',
  insertExample: 'Infoga exempel',
  templateFileName: 'Intäktsmodell mall.xlsx',
  exampleFileName: 'Intäktsmodell exempel.xlsx',
  templateInserted: 'Mallens tomma indatatabeller har lagts in i arbetsboken.',
  exampleInserted: 'Exemplets indatatabeller har lagts in i arbetsboken. Tryck Beräkna.',
  templateDownloaded: (file) => `Mallen har laddats ned som ${file}.`,
  exampleDownloaded: (file) => `Exemplet har laddats ned som ${file}.`,
  exampleOpened: 'Exemplet är öppnat här, som om du hade öppnat filen. Tryck Beräkna.',
  downloadExample: 'Ladda ned exemplet (.xlsx)',
  actionFailed: 'Det gick inte',

  runOkTitle: 'Beräkningen är klar',
  runOkExcel: 'Resultatbladen har skrivits i arbetsboken.',
  runOkBrowser: 'Ladda ned resultatet för att få arbetsboken med resultatbladen.',
  runErrorsTitle: 'Arbetsboken har fel',
  runErrors: (n) => `${n === 1 ? 'Ett fel' : `${n} fel`} hindrar beräkningen; bara bladet Kontroller har skrivits. Rätta och beräkna igen.`,
  runFailedTitle: 'Beräkningen kunde inte slutföras',
  warningsNote: (n) => `${n === 1 ? 'En varning' : `${n} varningar`}, se Kontroller.`,
  skippedTitle: 'Hoppades över',

  resultTabsLabel: 'Resultat',
  tabSummary: 'Sammanfattning',
  tabPrices: 'Prislista',
  tabDeviations: 'Avvikelser',
  tabChecks: (n) => `Kontroller (${n})`,
  tabSettings: 'Inställningar',
  tabKeyFigures: 'Nyckeltal',
  tabCustomers: 'Kunder',
  tabLastYear: 'Mot i fjol',
  tabFollowUp: 'Uppföljning',

  totalCost: 'Självkostnad',
  totalRevenue: 'Intäkt',
  difference: 'Differens',
  totalsLabel: 'Totalt',
  perAreaHeading: 'Intäkt per verksamhetsområde',
  area: 'Verksamhetsområde',
  keyed: 'Nycklat',
  unitCharges: 'St/tim',
  addOns: 'Tillägg',
  total: 'Totalt',
  reconciliationHeading: 'Avstämning',
  reconciliationOk: 'Alla processer täcker sin självkostnad (OK).',
  decidedPart: (amount, causes) => `, varav beslutat ${amount} (${causes})`,
  reconciliationFlagged: (n) => `${n === 1 ? 'En process avviker' : `${n} processer avviker`} mer än avrundningen förklarar:`,
  status: (s) => s,

  scenarioHeading: 'Scenarier',
  scenarioLabel: 'Scenario',
  noScenarios: 'Arbetsboken har inga scenarier (tabellen Scenarier).',
  moversCaption: (s) => `Kunder vars belopp ändras mest i ${s}`,
  customer: 'Kund',
  base: 'Bas',
  change: 'Förändring',
  overThreshold: (t) => `över tröskeln ${t}`,

  priceListHeading: 'Prislista',
  service: 'Tjänst',
  price: 'Pris',
  priceChange: (change) => `${change} mot fjolåret`,
  keyedPrice: (model, key) => (key ? `${model}, efter ${key}` : model),
  switchLanguage: 'Visa tillägget på engelska',
  priceListFilter: 'Sök tjänst, område eller prismodell',
  priceAndCost: 'Pris och självkostnad',
  perKeyUnit: (price, key) => `${price} per nyckelenhet (${key})`,
  keyedTotal: (amount) => `nycklat ${amount}`,
  selfCostLine: (amount) => `självkostnad ${amount}`,
  showServiceOnSheet: (service) => `Markera ${service} på bladet Prislista`,
  deviationType: 'Avvikelsetyp',
  allDeviationTypes: 'Alla typer',
  showCustomerOnSheet: (customer) => `Markera ${customer} på bladet Avvikelsepivot`,
  overCap: 'Över pristak',
  heldAtCap: (price, before) => `Hållet vid pristaket: ${price} i stället för ${before}`,
  heldAtCapBadge: 'Vid pristak',
  agreedAmount: (amount) => `Avtalat belopp ${amount}`,
  toFinance: (amount) => `Att finansiera ${amount}`,

  pivotHeading: 'Avvikelsepåslag per kund',
  pivotTotal: 'Totalt',
  noDeviations: 'Inga avvikelser registrerade.',

  checksHeading: 'Kontroller',
  noProblems: 'Inga fel eller varningar.',
  workbookGroup: 'Arbetsboken',
  groupHeading: (table, errors, warnings) => `${table}: ${[errors ? `${errors} fel` : '', warnings ? `${warnings} ${warnings === 1 ? 'varning' : 'varningar'}` : ''].filter(Boolean).join(', ')}`,
  errorTitle: 'Fel',
  warningTitle: 'Varning',
  location: (row, column, cell) => [row !== null ? `rad ${row}` : '', column ? `kolumn ${column}` : '', cell ?? ''].filter(Boolean).join(' · '),
  moreProblems: (n) => `… och ${n} till; alla finns på bladet Kontroller.`,
  goToCell: 'Gå till cellen',
  goToCellLabel: (cell) => `Gå till cellen ${cell}`,
  goToCellFailed: (cell) => `Cellen ${cell} kunde inte markeras`,

  loading: 'Laddar…',
  keyFiguresHeading: 'Nyckeltal',
  keyFiguresIntro: 'Ur resultatbladet Nyckeltal: hur stor del av intäkten som har fasta, nycklade priser och hur stor del som är avvikelsepåslag, självkostnad per enhet och vad varje kund betalar.',
  keyFiguresFilter: 'Filtrera nyckeltalen',
  allAreas: 'Alla verksamhetsområden',
  keyFiguresSearch: 'Sök tjänst eller kund',
  perAreaFigures: 'Per verksamhetsområde',
  keyedShare: 'Nycklade priser',
  surchargeShare: 'Avvikelsepåslag',
  areaChartLabel: (area, revenue, keyed, surcharge, total) =>
    `${area}, intäkt ${revenue}: nycklade priser ${keyed} av intäkten${total ? ` (totalt ${total.keyed})` : ''}, avvikelsepåslag ${surcharge}${total ? ` (totalt ${total.surcharge})` : ''}.`,
  chartReferenceNote: 'Strecket på staplarna visar hela organisationen (Totalt).',
  perServiceFigures: 'Per tjänst',
  costPerUnit: 'Kostnad per enhet',
  costChange: (change) => `${change} mot fjolårspris`,
  perCustomerFigures: 'Per kund',
  customerTotal: 'Avgift totalt',
  perEmployee: (amount) => `${amount} per anställd och år`,
  ofTurnover: (share) => `${share} av omsättningen`,
  noMatches: 'Inget matchar filtret.',

  customersHeading: 'Kunder',
  customersIntro: 'Klicka på en kund för att se vad varje avgift består av, ned till kostnadsraderna, och kundens kundbesked. Markera kunder för att ta fram kundbesked.',
  customerSearch: 'Sök kund',
  selectAllCustomers: 'Markera alla kunder som visas',
  selectCustomer: (customer) => `Markera ${customer}`,
  openCustomer: (customer) => `Visa ${customer}: avgifter, spårning och kundbesked`,
  statementsButton: (host, n) => (host === 'excel' ? `Skriv kundbesked (${n})` : `Ladda ned kundbesked (${n})`),
  statementsWritten: (sheets) => (sheets.length === 1 ? `Kundbeskedet finns på bladet ${sheets[0]}.` : `${sheets.length} kundbesked finns på bladen ${sheets[0]} … ${sheets[sheets.length - 1]}.`),
  statementsDownloaded: (n, file) => `${n === 1 ? 'Kundbeskedet' : `${n} kundbesked`} har laddats ned som ${file}.`,
  statementsFileName: (customers) => (customers.length === 1 ? `Kundbesked ${customers[0]}.xlsx` : `Kundbesked ${customers.length} kunder.xlsx`),
  statementsFailed: 'Kundbeskeden kunde inte skrivas',

  onDemandLabel: 'Fakturaunderlag och spårning',
  onDemandIntro: 'Beräkna skriver de stora tabellerna Fakturaunderlag och Spårning bara när du ber om dem.',
  writeOnDemand: (output) => (output === 'Fakturaunderlag' ? 'Skriv fakturaunderlaget' : output === 'Spårning' ? 'Skriv spårningen' : `Skriv ${output}`),
  writeAlways: 'Skriv alltid fakturaunderlag och spårning vid Beräkna',
  staleBadge: 'inaktuellt — skrivet före senaste beräkning',
  freshBadge: 'aktuellt',
  onDemandWritten: (output) => `${output} är skrivet från den senaste beräkningen.`,
  onDemandFailed: 'Bladet kunde inte skrivas',
  staleSheetsTitle: 'Inaktuella blad',
  staleSheets: (sheets) =>
    sheets.length === 1
      ? `Bladet ${sheets[0]} skrevs före den senaste beräkningen, från andra indata, och är märkt som inaktuellt. Skriv det igen för att få det aktuellt.`
      : `Bladen ${listSv(sheets)} skrevs före den senaste beräkningen, från andra indata, och är märkta som inaktuella. Skriv dem igen för att få dem aktuella.`,

  close: 'Stäng',
  customerTabCharges: 'Avgifter och spårning',
  customerTabStatement: 'Kundbesked',
  customerSummary: (type, total, n) => `${type ? `${type} · ` : ''}${total} för ${n === 1 ? 'en tjänst' : `${n} tjänster`}`,
  chargeHeader: (service, amount) => `${service}: ${amount}`,
  chargeBasis: (basis, quantity, share, price) => [basis, quantity ? `underlag ${quantity}` : '', share ? `andel ${share}` : '', price ? `pris ${price}` : ''].filter(Boolean).join(' · '),
  traceTableLabel: (service) => `Spårning av ${service}`,
  traceLine: 'Del och ursprung',
  amount: 'Belopp',
  partName: (part) => part,
  costLine: (row, object) => (row === null ? 'Utan kostnadsrad (fastställt pris)' : `Kostnadsrad ${row}: ${object ?? ''}`),
  costLineDetail: (l) =>
    [l.costLevel, l.costType, l.driver ? `efter ${l.driver}` : '', l.via ? `genom ${l.via}` : '', l.rowShare ? `${l.rowShare} av raden` : '', l.serviceCost ? `tjänstens kostnad ${l.serviceCost}` : '']
      .filter(Boolean)
      .join(' · '),
  deviationLine: (type) => type ?? 'Nyckelviktning (andra kunders avvikelser)',
  deviationDetail: (count, unitCost) => [count ? `${count} st` : '', unitCost ? `à ${unitCost}` : ''].filter(Boolean).join(' '),
  linesSum: 'Summa',
  linesMatch: (charge) => `= ${charge}, beloppet i Fördelning`,
  linesDiffer: (charge) => `skiljer sig från ${charge} i Fördelning`,
  noCharges: 'Kunden betalar inget.',
  statementOneButton: (host) => (host === 'excel' ? 'Skriv kundbeskedet till arbetsboken' : 'Ladda ned kundbeskedet (.xlsx)'),
  statementCompared: 'Jämfört med i fjol',
  statementLastYear: (amount, change) => `i fjol ${amount}, ${change}`,
  statementDeviationsHeading: 'Er extra hantering (avvikelser)',
  statementMethodHeading: 'Så räknas beloppen',
  extraHandling: 'varav extra hantering',

  lastYearHeading: 'Mot i fjol',
  phaseInHeading: 'Övergång',
  phaseInNoCap: 'Övergångstak är inte satt i Inställningar, så ingen kund kappas. Sätt t.ex. Övergångstak 0,10 för att hålla varje kunds förändring inom ±10 %.',
  phaseInCapped: (cap, n, carriers) =>
    `Övergångstak ±${cap}: ${n === 0 ? 'ingen kund ligger utanför taket' : `${n === 1 ? 'en kund hålls' : `${n} kunder hålls`} vid taket`}${carriers > 0 ? `; ${carriers} andra kunder bär mellanskillnaden` : ''}. Varje tjänst täcker ändå sin kostnad.`,
  phaseInTableLabel: 'Kunder som hålls vid övergångstaket',
  phaseInChange: (uncapped, capped) => `mot i fjol ${uncapped} utan tak, ${capped} med tak`,
  adjustment: 'Justering',
  cappedBadge: 'Hålls vid övergångstaket',
  phaseInUnavailable: 'Körningen har ingen tabell Övergång.',
  changeHeading: 'Förändringsanalys',
  changeIntro: 'Varje kunds förändring mot i fjol (fakturerat belopp enligt Fjolårsbelopp, annars fjolårspris × fjolårsvolym), uppdelad i pris-, volym-, avvikelse- och modell-/nyckeleffekt som tillsammans blir hela förändringen.',
  changeTableLabel: 'Förändring mot i fjol per kund',
  changeEffects: (price, volume, deviation, model) => `pris ${price} · volym ${volume} · avvikelser ${deviation} · modell/nyckel ${model}`,
  changeEmpty: 'Förändringsanalys är tom: arbetsboken har inga Fjolårspris att jämföra med.',

  followUpHeading: 'Uppföljning',
  followUpUnavailable:
    'Arbetsboken har inget utfall ännu. Lägg in årets kostnader i tabellen Utfall och volymerna i Utfallsvolymer, ange den senast stängda månaden i inställningen Uppföljning t.o.m. och beräkna igen: då visas budget, utfall och prognos här.',
  followUpPeriod: (period, lastMonth, method) =>
    `Utfall ${lastMonth === null ? '' : `januari–${MONTH_NAMES_SV[lastMonth]} `}(t.o.m. ${period}). Prognosmetod ${method}: ${
      method === 'Takt' ? 'utfallet hittills uppräknat till tolv månader.' : 'utfallet hittills och budgeten för resten av året.'
    }`,
  followUpTotal: (result, coverage) => `Prognos för hela året: resultat ${result}${coverage === null ? '' : `, täckningsgrad ${coverage}`}.`,
  followUpChartHeading: 'Kostnad per verksamhetsområde',
  followUpChartLegend: (period) =>
    `Budget: årets budgeterade kostnad. Utfall: kostnaden t.o.m. ${period}, strecket visar budgeten för samma månader. Prognos: årets kostnad enligt prognosen.`,
  followUpChartLabel: (areas) =>
    `Stapeldiagram över kostnaden per verksamhetsområde. ${areas
      .map((a) => `${a.area}: budget ${a.budget}, utfall ${a.actual} mot budget hittills ${a.budgetToDate}, prognos ${a.forecast}.`)
      .join(' ')}`,
  barBudget: 'Budget',
  barActual: 'Utfall',
  barForecast: 'Prognos',
  followUpTableLabel: 'Budget, utfall och prognos per verksamhetsområde',
  followUpAreaHeader: 'Område',
  costBudgetActualForecast: 'Kostnad',
  forecastResult: 'Prognos resultat',
  coverageLine: (coverage) => `täckningsgrad ${coverage}`,
  followUpStatus: (status) => status,
  flaggedHeading: 'Tjänster som avviker',
  flaggedNone: 'Ingen tjänsts prognos avviker mer än tröskeln från kostnaden.',
  flaggedTableLabel: 'Tjänster vars prognos avviker, störst avvikelse först',
  showFollowUpOnSheet: (service) => `Visa ${service} på bladet Uppföljning`,
  fundHeading: 'Resultatfond',
  fundTableLabel: 'Resultatfonden: ingående balans, årets resultat, tak, avräkning och utgående balans',
  fundPost: (post) => post,
  settlementSummary: (lines, total) =>
    `Slutavräkningen har ${num(lines)} ${lines === 1 ? 'rad' : 'rader'}: ${total <= 0 ? `${kr(-total)} återbetalas till kunderna` : `${kr(total)} debiteras kunderna`}, i proportion till vad var och en fakturerats för tjänsten.`,
  fallingHeading: 'Vikande volymer',
  fallingIntro: 'Tjänsterna vars volym hittills ligger längst under budget, alla kunder tillsammans.',
  fallingNone: 'Ingen tjänst har hittills lägre volym än budget.',
  fallingTableLabel: 'Tjänster med vikande volym, störst minskning först',
  fallingVolumes: (actual, budget) => `utfall ${actual} av budget ${budget}`,

  settingsHeading: 'Inställningar',
  settingsIntro: 'Från tabellen Inställningar (ändra där och beräkna igen).',
  parameter: 'Parameter',
  value: 'Värde',
  effect: 'Verkan',
  settingLines,
};

function settingLines(s: PaneSettings): SettingLine[] {
  const std = (name: Parameters<PaneSettings['given']['has']>[0]) => (s.given.has(name) ? '' : ' (standard)');
  return [
    {
      parameter: 'Budgetår',
      value: s.budgetYear === null ? 'inte angivet' : String(s.budgetYear),
      effect: s.budgetYear === null ? 'Resultatet anger inget år.' : `Priserna gäller ${s.budgetYear}.`,
    },
    {
      parameter: 'Pristak',
      value: s.priceCap === null ? 'inget' : pct(s.priceCap),
      effect:
        s.priceCap === null
          ? 'Inga priser flaggas för höjningar.'
          : s.priceCapMethod === 'Begränsa'
            ? `Priser som skulle höjas mer än ${pct(s.priceCap)} mot fjolårspriset tas ut till taket (Pristaksmetod Begränsa).`
            : `Priser som höjs mer än ${pct(s.priceCap)} mot fjolårspriset flaggas (Över pristak).`,
    },
    {
      parameter: 'Pristaksmetod',
      value: `${s.priceCapMethod}${std('Pristaksmetod')}`,
      effect:
        s.priceCapMethod === 'Flagga'
          ? 'Ett pris över pristaket flaggas men tas ut som det räknas fram.'
          : `Ett pris över pristaket tas ut till taket, aldrig högre; ${s.heldPrices === 1 ? 'en tjänst hålls' : `${s.heldPrices} tjänster hålls`} där (Pris före tak och Att finansiera i Prislista).`,
    },
    {
      parameter: 'Beloppsavrundning',
      value: `${kr(s.amountStep)}${std('Beloppsavrundning')}`,
      effect: `Varje kunds belopp avrundas till ${kr(s.amountStep)}.`,
    },
    {
      parameter: 'Timkostnad',
      value: s.hourlyCost === null ? 'inte angiven' : `${kr(s.hourlyCost)}/tim`,
      effect: s.hourlyCost === null ? 'Avvikelsetyper måste ange Kostnad per styck.' : `Avvikelser angivna i minuter kostar ${num(s.hourlyCost / 60)} kr per minut.`,
    },
    {
      parameter: 'Avvikelsemetod',
      value: `${s.deviationMethod}${std('Avvikelsemetod')}`,
      effect:
        s.deviationMethod === 'Händelsekostnad'
          ? 'Kunden betalar varje avvikelse till dess standardkostnad ovanpå priset.'
          : 'Avvikelser viktar kundens nyckel för nycklade kostnader; styck- och timpriser tar händelsekostnad.',
    },
    {
      parameter: 'Avvikelsevikt',
      value: `${num(s.deviationWeight)}${std('Avvikelsevikt')}`,
      effect:
        s.deviationMethod === 'Nyckelviktning'
          ? `Nyckeln flyttas ${pct(s.deviationWeight)} av vägen mot kundens avvikelsenivå.`
          : 'Används bara med Nyckelviktning.',
    },
    {
      parameter: 'Tröskel',
      value: s.threshold === null ? 'ingen' : pct(s.threshold),
      effect: s.threshold === null ? 'Inga scenarioförändringar markeras.' : `Kunder vars belopp ändras mer än ${pct(s.threshold)} i ett scenario markeras.`,
    },
    {
      parameter: 'Övergångstak',
      value: s.phaseInCap === null ? 'inget' : pct(s.phaseInCap),
      effect:
        s.phaseInCap === null
          ? 'Ingen kund kappas; Övergång visar förändringen mot i fjol med Kappat = Okappat.'
          : `En kunds belopp mot i fjol får stiga eller sjunka högst ${pct(s.phaseInCap)}; ${cappedSv(s.cappedCustomers)} och övriga kunder i varje tjänst bär mellanskillnaden, så att varje tjänst fortfarande täcker sin kostnad (se fliken Mot i fjol).`,
    },
    {
      parameter: 'Poolmetod',
      value: `${s.poolMethod}${std('Poolmetod')}`,
      effect:
        (s.poolMethod === 'Ömsesidig'
          ? 'Gemensamma pooler som betjänar varandra (Poolutbyte) löses exakt, med alla flöden på en gång.'
          : 'Gemensamma pooler fördelas en i taget, den som ger störst andel till andra pooler först; andelar till en redan fördelad pool går till tjänsterna.') +
        (s.poolFlows === 0 ? ' Arbetsboken har inget Poolutbyte, så metoden ändrar inget.' : ''),
    },
    {
      parameter: 'Spårning',
      value: s.trace ?? 'inte angiven (standard)',
      effect:
        s.trace === 'Ja'
          ? 'Resultatbladet Spårning skrivs oavsett längd (upp till ett blads 1 048 575 rader).'
          : s.trace === 'Nej'
            ? 'Resultatbladet Spårning skrivs bara med rubriker. En kunds spårning ser du genom att klicka på kunden här.'
            : `Resultatbladet Spårning skrivs om det ryms inom ${num(s.traceLimit)} rader, annars bara rubrikerna och en varning. En kunds spårning ser du alltid genom att klicka på kunden.`,
    },
    {
      parameter: 'Uppföljning t.o.m.',
      value: s.followUpMonth === null ? 'inte angiven' : MONTH_NAMES_SV[s.followUpMonth] ?? '',
      effect:
        s.followUpMonth === null
          ? 'Arbetsboken har inget utfall; Uppföljning och Volymuppföljning skrivs bara med rubriker.'
          : `Uppföljningen räknar utfall och budget för januari–${MONTH_NAMES_SV[s.followUpMonth]}; senare månaders utfall räknas när månaden är stängd.`,
    },
    {
      parameter: 'Prognosmetod',
      value: s.forecastMethod,
      effect:
        s.forecastMethod === 'Takt'
          ? 'Årsprognosen är utfallet hittills uppräknat till tolv månader; fasta avgifter för hela året.'
          : 'Årsprognosen är utfallet hittills plus budgeten för resten av året.',
    },
    {
      parameter: 'Resultatfond IB',
      value: s.fundOpening === null ? 'inte angiven (0 kr)' : kr(s.fundOpening),
      effect: 'Resultatfondens ingående balans; årets resultat läggs till den (Resultatfond).',
    },
    {
      parameter: 'Resultatfondstak',
      value: s.fundCap === null ? 'inte angivet' : s.fundCap < 1 ? pct(s.fundCap) : kr(s.fundCap),
      effect: s.fundCap === null ? 'Fonden har inget tak.' : s.fundCap < 1 ? `Fonden får rymma högst ${pct(s.fundCap)} av årets intäkter.` : `Fonden får rymma högst ${kr(s.fundCap)}.`,
    },
    {
      parameter: 'Avräkning',
      value: s.settlement,
      effect:
        s.settlement === 'Full'
          ? 'Hela årets resultat avräknas med kunderna i proportion till vad de fakturerats (Slutavräkning).'
          : s.settlement === 'Över tak'
            ? 'Det som skulle ta fonden över taket återbetalas till kunderna i proportion till vad de fakturerats (Slutavräkning).'
            : 'Inget avräknas; årets resultat stannar i fonden.',
    },
    {
      parameter: 'Jämför med version',
      value: s.compareVersion ?? 'den senaste (standard)',
      effect:
        s.compareVersion === null
          ? 'Versionsjämförelse jämför med den senast beslutade versionen (bladet Beslutade versioner); utan beslutade versioner skrivs den inte.'
          : `Versionsjämförelse jämför med den beslutade versionen "${s.compareVersion}".`,
    },
    {
      parameter: 'Momspliktiga kundtyper',
      value: `${s.vatCustomerTypes.length === 0 ? 'Ingen' : s.vatCustomerTypes.join(', ')}${std('Momspliktiga kundtyper')}`,
      effect:
        s.vatCustomers === 0
          ? 'Ingen kund faktureras med moms.'
          : `${s.vatCustomers === 1 ? 'En kund faktureras' : `${s.vatCustomers} kunder faktureras`} med moms efter tjänstens Momssats: Moms och Brutto per rad i Fakturaunderlag och Slutavräkning.`,
    },
  ];
}

function cappedSv(n: number | null): string {
  if (n === null) return 'kunder utanför taket hålls vid det';
  if (n === 0) return 'ingen kund ligger utanför taket i år';
  return `${n === 1 ? 'en kund hålls' : `${n} kunder hålls`} vid taket`;
}

function listSv(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}
