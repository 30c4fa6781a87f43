import { BaseEvent } from '@adonisjs/core/events'

export type ImportRef = {
  id: number
  organizationId: number
  userId: number | null
  resource: string
  fileName: string
}

export class ImportFinished extends BaseEvent {
  constructor(
    public file: ImportRef,
    public counts: { created: number; updated: number; skipped: number; rejected: number }
  ) {
    super()
  }
}

/** `reason` is the message stored on the import, in its user's language. */
export class ImportFailed extends BaseEvent {
  constructor(
    public file: ImportRef,
    public reason: string
  ) {
    super()
  }
}

export function importRef(file: ImportRef): ImportRef {
  const { id, organizationId, userId, resource, fileName } = file
  return { id, organizationId, userId, resource, fileName }
}
