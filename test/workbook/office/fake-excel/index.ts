export { FakeExcel, PAYLOAD_LIMIT_BYTES, syncCount, largestRequestBytes, largestResponseBytes, type FakeStats, type RequestRecord } from './fake-excel';
export { FakeExcelError } from './errors';
export { seedTables } from './seed';
