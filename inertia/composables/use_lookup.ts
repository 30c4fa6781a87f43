import { client } from '~/client'
import type { LookupOption } from '~/types/resources'

/**
 * Titles already fetched, per target, so a picker or a filter chip showing
 * an id asks the server once.
 */
const known = new Map<string, Map<number, string>>()

function cacheOf(target: string) {
  let cache = known.get(target)
  if (!cache) known.set(target, (cache = new Map()))
  return cache
}

/**
 * The options of relation pickers, from `GET /lookup/:target` (the
 * organization's users, or the records of a resource the user may see).
 */
export function useLookup() {
  let pending: AbortController | undefined

  async function fetchOptions(target: string, qs: Record<string, string>, signal?: AbortSignal) {
    const url = client.urlFor('admin.lookup', { target }, { qs })
    const response = await fetch(url, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal,
    })
    if (!response.ok) return []
    const body = (await response.json()) as { data: LookupOption[] }
    const cache = cacheOf(target)
    for (const option of body.data) cache.set(option.id, option.title)
    return body.data
  }

  /**
   * The first matches of a search; a newer search cancels the older one.
   */
  async function search(target: string, q: string) {
    pending?.abort()
    pending = new AbortController()
    try {
      return await fetchOptions(target, q.trim() ? { q: q.trim() } : {}, pending.signal)
    } catch (error) {
      if ((error as Error).name === 'AbortError') return []
      throw error
    }
  }

  /**
   * The titles of given ids, from the cache when possible.
   */
  async function titles(target: string, ids: number[]): Promise<LookupOption[]> {
    const cache = cacheOf(target)
    const missing = ids.filter((id) => !cache.has(id))
    if (missing.length) {
      await fetchOptions(target, { ids: missing.slice(0, 50).join(',') }).catch(() => [])
    }
    return ids.filter((id) => cache.has(id)).map((id) => ({ id, title: cache.get(id)! }))
  }

  function cachedTitle(target: string, id: number) {
    return known.get(target)?.get(id)
  }

  return { search, titles, cachedTitle }
}
