/**
 * The import wizard talks to the admin's JSON import endpoints with fetch:
 * the session cookie authenticates, the XSRF-TOKEN cookie (set by Shield)
 * goes back as the X-XSRF-TOKEN header.
 */
export type ImportMode = 'skip' | 'update' | 'create'
export type ImportStatus = 'uploaded' | 'validated' | 'running' | 'completed' | 'failed' | 'undone'
export type ImportRowError = { row: number; field: string | null; message: string }

export type ImportData = {
  id: number
  status: ImportStatus
  fileName: string
  mapping: Record<string, string | null>
  matchKey: string | null
  mode: ImportMode
  totalRows: number
  processedRows: number
  progress: number
  counts: { created: number; updated: number; skipped: number; rejected: number }
  errors: ImportRowError[]
  errorsTruncated: boolean
  failure: string | null
  links: { self: string; dryRun: string; commit: string; rejected: string; undo: string }
}

export type UploadData = ImportData & {
  headers: string[]
  sample: string[][]
  suggestedMapping: Record<string, string | null>
}

export type ImportChoices = {
  mapping: Record<string, string | null>
  matchKey: string | null
  mode: ImportMode
}

/**
 * A refusal from the server: its first message, and the messages by field
 * for a 422.
 */
export class ImportRequestError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {}
  ) {
    super(message)
  }
}

function xsrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/)
  return match ? decodeURIComponent(match[1]) : ''
}

async function send<T>(url: string, init: RequestInit, fallback: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken(), ...init.headers },
    })
  } catch {
    throw new ImportRequestError(fallback)
  }
  const body = await response.json().catch(() => null)
  if (response.ok) return body.data as T
  const errors: { field?: string; message: string }[] = body?.errors ?? []
  const fields = Object.fromEntries(
    errors.filter((error) => error.field).map((error) => [error.field!, error.message])
  )
  throw new ImportRequestError(errors[0]?.message ?? body?.message ?? fallback, fields)
}

export function uploadFile(url: string, file: File, fallback: string) {
  const form = new FormData()
  form.append('file', file)
  return send<UploadData>(url, { method: 'POST', body: form }, fallback)
}

export function postChoices(url: string, choices: ImportChoices, fallback: string) {
  return send<ImportData>(
    url,
    {
      method: 'POST',
      body: JSON.stringify(choices),
      headers: { 'Content-Type': 'application/json' },
    },
    fallback
  )
}

export function postAction(url: string, fallback: string) {
  return send<ImportData>(url, { method: 'POST' }, fallback)
}

export function fetchImport(url: string, fallback: string) {
  return send<ImportData>(url, { method: 'GET' }, fallback)
}
