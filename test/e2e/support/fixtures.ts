/** Texts the guard tests paste, drop and upload. Synthetic people; numbers valid by their checksums. */

export const SSN = '536-22-8194';
export const CARD = '4539 1488 0343 6467';

/** High-risk customer data: a valid SSN with a name, and a Luhn-valid Visa number. */
export const PII_TEXT = `Customer Jane Roe, SSN ${SSN}, card ${CARD}`;

/** Clean broker text. */
export const CLEAN_TEXT = 'Call moved to 3pm; please confirm the rebalance.';

/** Hard negatives: a CUSIP (Apple 037833100) and an order number must not block. */
export const LOOKALIKE_TEXT = 'Bought 200 CUSIP 037833100 at 189.20, order #4471-2290-18, settles T+1.';

/** What the notice must never show: the clear values, with or without separators. */
export const CLEAR_VALUES = [SSN, SSN.replaceAll('-', ''), CARD, CARD.replaceAll(' ', '')];

export const PII_CSV = `name,ssn,dob\nJane Roe,${SSN},1961-04-12\nJohn Poe,212-54-3901,1958-11-30\n`;
export const CLEAN_CSV = 'symbol,qty,price\nAAPL,200,189.20\nMSFT,50,412.10\n';
