export * from './money.js';
export { AMOUNT_FORMS, parseMoney, type MoneyLocale, type MoneyParseOptions, type MoneyParseResult } from './parse.js';
export { AMOUNT_UNITS, amountUnitSchema, type AmountUnit } from './amount-unit.js';
export { formatMoney, type MoneyFormat } from './format.js';
export { moneyStringSchema, moneyInputSchema } from './schema.js';
