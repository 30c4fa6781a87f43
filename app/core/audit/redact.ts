const SECRET_KEY = /password|secret|token|hash|recovery/i

/**
 * Secrets and hashes never reach the logs, not even hashed.
 */
export function redact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(redact) as T
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        SECRET_KEY.test(key) ? '[redacted]' : redact(item),
      ])
    ) as T
  }
  return value
}
