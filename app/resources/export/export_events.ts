import { BaseEvent } from '@adonisjs/core/events'

export type ExportRef = {
  id: number
  organizationId: number
  userId: number
  resource: string
  format: string
}

export class ExportReady extends BaseEvent {
  constructor(
    public file: ExportRef,
    public rowCount: number
  ) {
    super()
  }
}

/** `reason` is the message stored on the export. */
export class ExportFailed extends BaseEvent {
  constructor(
    public file: ExportRef,
    public reason: string
  ) {
    super()
  }
}

export function exportRef(file: ExportRef): ExportRef {
  const { id, organizationId, userId, resource, format } = file
  return { id, organizationId, userId, resource, format }
}
