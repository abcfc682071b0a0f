import { z } from 'zod';

/**
 * The unit a document prints its figures in. Council tables are often "bedragen × € 1.000": the figure
 * is typed as printed and stored as exact euros, with the unit kept in the event's source reference.
 */
export const AMOUNT_UNITS = ['euros', 'thousands'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

export const amountUnitSchema = z.enum(AMOUNT_UNITS, { error: 'euros or thousands (× € 1.000)' });

/** Decimals a figure may be written with in the unit, so that it is whole cents in euros. */
export const UNIT_DECIMALS: Readonly<Record<AmountUnit, number>> = { euros: 2, thousands: 5 };
/** Euros per unit, as a decimal string (never a float factor). */
export const UNIT_FACTOR: Readonly<Record<AmountUnit, string>> = { euros: '1', thousands: '1000' };
