/**
 * A record id in a URL: digits that fit PostgreSQL's bigint. Any other
 * value does not match the route (404), never reaching the database.
 */
export const recordId = { match: /^\d{1,18}$/, cast: (value: string) => Number(value) }
