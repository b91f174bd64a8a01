import { ChargeCursor } from '../../src/engine/calc/chargeCursor';
import type { Charge, ServiceResult } from '../../src/engine/calc/results';

// Only the fields ChargeCursor reads: each charge's customer and each service's name.
const service = (name: string, customers: string[]) => ({ service: { name }, charges: customers.map((customer) => ({ customer }) as Charge) }) as unknown as ServiceResult;

test('finds each customer’s charges service by service when asked in Nycklar order', () => {
  const services = [service('Lön', ['A', 'C']), service('Kassa', ['B']), service('IT', ['A', 'B', 'C'])];
  const cursor = new ChargeCursor(services);
  const taken: string[] = [];
  for (const customer of ['A', 'B', 'C']) {
    services.forEach((s, i) => {
      const charge = cursor.take(i, customer);
      if (charge) taken.push(`${customer} ${s.service.name}`);
    });
  }
  expect(taken).toEqual(['A Lön', 'A IT', 'B Kassa', 'B IT', 'C Lön', 'C IT']);
  expect(() => cursor.done('Test')).not.toThrow();
});

test('says so when a service’s charges are not in Nycklar order', () => {
  const services = [service('Lön', ['B', 'A'])];
  const cursor = new ChargeCursor(services);
  for (const customer of ['A', 'B']) cursor.take(0, customer);
  expect(() => cursor.done('Fakturaunderlag')).toThrow('Fakturaunderlag: the charges of Lön are not in Nycklar order');
});
