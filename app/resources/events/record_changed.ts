import { BaseEvent } from '@adonisjs/core/events'

export type RecordChangeAction = 'created' | 'updated' | 'deleted' | 'restored' | 'imported'

/**
 * Any committed write to a resource's records (one per record; an import
 * announces its batch once, without an id). Open screens of the
 * organization refresh on it; it says what changed, never the values.
 */
export class RecordChanged extends BaseEvent {
  constructor(
    public change: {
      organizationId: number
      resource: string
      id: number | null
      version: number | null
      action: RecordChangeAction
      actorId: number | null
    }
  ) {
    super()
  }
}
