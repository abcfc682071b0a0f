export * from './money.js';
export { parseMoney, type MoneyLocale, type MoneyParseResult } from './parse.js';
export { formatMoney, type MoneyFormat } from './format.js';
export { moneyStringSchema, moneyInputSchema } from './schema.js';
