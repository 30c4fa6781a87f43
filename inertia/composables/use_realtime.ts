import { onBeforeUnmount, watch } from 'vue'
import { router, usePage } from '@inertiajs/vue3'
import { Transmit } from '@adonisjs/transmit-client'
import { client } from '~/client'
import type { SharedProps } from '~/types'

/**
 * What the server pushes on the user's and the organization's channels.
 */
export type RealtimeMessage = { type: string; data: Record<string, any> }

/**
 * A committed write to a record of the organization (`id` is null for an
 * import's whole batch).
 */
export type RecordChange = {
  resource: string
  id: number | null
  version: number | null
  action: string
  actorId: number | null
}

type Handler = (message: RealtimeMessage) => void

const POLL_EVERY_MS = 30_000
const handlers = new Set<Handler>()
let connection: { userId: number; transmit: Transmit | null; poll?: number } | null = null

function deliver(message: RealtimeMessage) {
  for (const handler of handlers) handler(message)
}

/**
 * Where server-sent events are impossible (no EventSource, or the stream
 * could not be re-opened), the unread count is polled instead.
 */
function startPolling() {
  if (!connection || connection.poll) return
  const poll = async () => {
    const response = await fetch(client.urlFor('admin.notifications.unread_count'), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    }).catch(() => null)
    if (!response?.ok) return
    const body = (await response.json()) as { data: { count: number } }
    deliver({ type: 'notification.read', data: { unreadCount: body.data.count } })
  }
  connection.poll = window.setInterval(poll, POLL_EVERY_MS)
}

function disconnect() {
  connection?.transmit?.close()
  if (connection?.poll) window.clearInterval(connection.poll)
  connection = null
}

/**
 * One stream per tab, for the signed-in user: their channel and their
 * organization's. The client re-opens a dropped stream by itself.
 */
function connect(userId: number, organizationId: number) {
  if (connection?.userId === userId) return
  disconnect()
  connection = { userId, transmit: null }
  if (typeof window.EventSource === 'undefined') return startPolling()
  const transmit = new Transmit({
    baseUrl: window.location.origin,
    maxReconnectAttempts: 10,
    onReconnectFailed: startPolling,
  })
  connection.transmit = transmit
  for (const channel of [`users/${userId}`, `organizations/${organizationId}`]) {
    const subscription = transmit.subscription(channel)
    subscription.onMessage<RealtimeMessage>(deliver)
    void subscription.create()
  }
}

/**
 * Signing out (or in as someone else) must not keep the previous user's
 * stream open in this tab.
 */
router.on('navigate', (event) => {
  const props = event.detail.page.props as unknown as Partial<SharedProps>
  if (connection && props.user?.id !== connection.userId) disconnect()
})

/**
 * Runs `handler` for every real-time message while the calling component
 * lives; connects the tab if it is not yet.
 */
export function useRealtime(handler: Handler) {
  const page = usePage<SharedProps>()
  watch(
    () => [page.props.user?.id, page.props.organization?.id] as const,
    ([userId, organizationId]) => {
      if (userId && organizationId) connect(userId, organizationId)
    },
    { immediate: true }
  )
  handlers.add(handler)
  onBeforeUnmount(() => handlers.delete(handler))
}

/**
 * Reloads only the given props of the current page when another user
 * changed a record it shows (several changes in a row make one reload).
 */
export function useLiveReload(only: string[], shows: (change: RecordChange) => boolean) {
  const page = usePage<SharedProps>()
  let pending: number | undefined
  useRealtime((message) => {
    if (message.type !== 'record.changed') return
    const change = message.data as RecordChange
    if (change.actorId === page.props.user?.id || !shows(change)) return
    window.clearTimeout(pending)
    pending = window.setTimeout(() => router.reload({ only }), 300)
  })
  onBeforeUnmount(() => window.clearTimeout(pending))
}
