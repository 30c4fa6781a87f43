import { randomUUID } from 'node:crypto'
import string from '@adonisjs/core/helpers/string'
import vine from '@vinejs/vine'
import { tenantContext } from '#core/tenancy/tenant_context'

export const UPLOAD_LIMIT = '10mb'
export const UPLOAD_EXTENSIONS = [
  'jpg',
  'jpeg',
  'png',
  'webp',
  'gif',
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'csv',
  'txt',
]
const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'webp', 'gif'])

/**
 * Where an organization's upload is stored: its own prefix, an unguessable
 * folder and the original (sanitized) name, so the key alone tells the
 * owner and the download name.
 */
export function storedFileKey(organizationId: number, clientName: string, extname: string) {
  const base =
    string.slug(clientName.replace(/\.[^.]+$/, ''), { lower: true }).slice(0, 80) || 'file'
  return `org-${organizationId}/${randomUUID()}/${base}.${extname.toLowerCase()}`
}

const KEY_PATTERN = /^org-(\d+)\/[0-9a-f-]{36}\/[\w.-]+\.(\w+)$/

/**
 * The organization a key belongs to, or undefined for anything that is
 * not one of our keys.
 */
export function fileKeyOwner(key: string) {
  const match = KEY_PATTERN.exec(key)
  return match ? Number(match[1]) : undefined
}

export function describeFile(key: string) {
  const name = key.split('/').at(-1)!
  const extension = name.split('.').at(-1)!.toLowerCase()
  return { key, name, image: IMAGE_EXTENSIONS.has(extension) }
}

/**
 * A file field holds the key of an upload of the same organization.
 */
export const ownedFileRule = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  if (fileKeyOwner(value) !== tenantContext.currentOrganizationId()) {
    field.report('The {{ field }} field must be a file uploaded here', 'file', field)
  }
})
