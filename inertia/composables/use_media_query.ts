import { onBeforeUnmount, ref } from 'vue'

/**
 * Whether a CSS media query matches, kept up to date.
 */
export function useMediaQuery(query: string) {
  const matches = ref(false)
  if (typeof window === 'undefined') return matches
  const list = window.matchMedia(query)
  matches.value = list.matches
  const update = (event: MediaQueryListEvent) => (matches.value = event.matches)
  list.addEventListener('change', update)
  onBeforeUnmount(() => list.removeEventListener('change', update))
  return matches
}
