import { EXIT_OK, EXIT_USAGE, runCli } from '../../src/cli/cli';
import { summaryText } from '../../src/cli/summary';
import { run } from '../engine/helpers';
import { mini } from '../engine/cap/tables';
import { MemoryIO } from './memoryIO';

describe('the summary on decided prices and agreed sums', () => {
  it('names the capped services, what is left to finance, and the agreed sums with their gaps (mini workbook, worked by hand)', () => {
    // price-cap.test.ts and agreed-amount.test.ts: Lev held at 12,68 (13,00 before), 64 kr to finance;
    // Uppdrag agreed 1 000 kr against 900.
    const result = run(mini([['Pristak', 0.015], ['Pristaksmetod', 'Begränsa']], { Fjolårspris: { Lev: 12.5, Kundres: 124 }, 'Avtalat belopp': { Uppdrag: 1000 } }));
    // Swedish number format groups thousands with a no-break space.
    const lines = summaryText(result, 1).replace(/\u00a0/g, ' ').split('\n');
    expect(lines).toContain('Avstämning: Process Reskontra: Underdeckning −64 kr, varav beslutat −64 kr (Pristak).');
    expect(lines).toContain('Avstämning: Process Uppdrag: Överdeckning 100 kr, varav beslutat 100 kr (Avtalat belopp).');
    expect(lines).toContain('Pristak (Begränsa): 1 tjänst tas ut till takpriset: Lev 12,68 kr i stället för 13,00 kr; att finansiera 64 kr.');
    expect(lines).toContain('Avtalat belopp: Uppdrag 1 000 kr (självkostnad 900 kr, överdeckning 100 kr).');
  });

  it('has neither line without a cap that acts or an agreed sum', () => {
    const text = summaryText(run(mini([['Pristak', 0.015]], { Fjolårspris: { Lev: 12.5 } })), 1);
    expect(text).not.toMatch(/Pristak \(Begränsa\)|Avtalat belopp|varav beslutat/);
    expect(text).toContain('Över pristaket: Lev.');
  });
});

describe('intaktsmodell example --pristaksmetod', () => {
  it('writes the example charging the prices above the report’s 1,5 % at the cap', async () => {
    const io = new MemoryIO();
    expect(await runCli(['example', 'ex.xlsx', '--pristaksmetod', 'Begränsa'], io)).toBe(EXIT_OK);
    io.files.set('in.xlsx', io.files.get('ex.xlsx') as Uint8Array);
    expect(await runCli(['calculate', 'in.xlsx', '--json', 'out.json'], io)).toBe(EXIT_OK);
    const json = io.json('out.json');
    expect(json['Kontroller']).toEqual([]);
    // 20,40 × 1,015 = 20,706, rounded down to the öre.
    expect(json['Prislista']?.find((r) => r['Tjänst'] === 'Kundreskontra')).toMatchObject({ Pris: 20.7, 'Pris före tak': 21.37 });
    expect(io.out).toMatch(/Pristak \(Begränsa\): 7 tjänster tas ut till takpriset: Kundreskontra 20,70 kr i stället för 21,37 kr;/);
    // Södermalm's keyed fees held against its Fjolårsbelopp (test/engine/cap/example.test.ts): 4 134 + 8 783 + 1 255 + 1 272.
    expect(io.out.replace(/\u00a0/g, ' ')).toContain('Pristak (Begränsa): fasta avgifter hålls mot fjolårsbeloppet för 4 tjänster: Kassa och bank 4 134 kr; Systemförvaltning ekonomi 8 783 kr; Avgiftsadministration 1 255 kr; Stockholm Direkt 1 272 kr; att finansiera 15 444 kr.');
  });

  it('refuses a method the contract does not know', async () => {
    const io = new MemoryIO();
    expect(await runCli(['example', 'ex.xlsx', '--pristaksmetod', 'Tak'], io)).toBe(EXIT_USAGE);
    expect(io.files.has('ex.xlsx')).toBe(false);
  });
});
