import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import drive from '@adonisjs/drive/services/main'
import vine from '@vinejs/vine'
import {
  UPLOAD_EXTENSIONS,
  UPLOAD_LIMIT,
  describeFile,
  fileKeyOwner,
  storedFileKey,
} from '#resources/files/stored_files'
import { recordAudit } from '#core/audit/audit'

const uploadValidator = vine.create({
  file: vine.file({ size: UPLOAD_LIMIT, extnames: UPLOAD_EXTENSIONS }),
})

/**
 * Attachments of file/image fields: uploaded first, then referenced by key
 * in a record. Served only to members of the organization that owns them.
 */
export default class FilesController {
  async store({ request, auth, response }: HttpContext) {
    const { file } = await request.validateUsing(uploadValidator)
    const key = storedFileKey(auth.user!.organizationId, file.clientName, file.extname!)
    await file.moveToDisk(key)
    await recordAudit({ action: 'files.uploaded', entity: { type: 'file', id: key } })
    response.status(201)
    return { data: { ...describeFile(key), size: file.size } }
  }

  async show({ params, auth, response }: HttpContext) {
    const key = (params['*'] as string[]).join('/')
    const disk = drive.use()
    if (fileKeyOwner(key) !== auth.user!.organizationId || !(await disk.exists(key))) {
      throw new Exception('File not found', { status: 404, code: 'E_ROW_NOT_FOUND' })
    }
    const { name, image } = describeFile(key)
    response.header('X-Content-Type-Options', 'nosniff')
    response.header('Cache-Control', 'private, max-age=300')
    response.header('Content-Disposition', `${image ? 'inline' : 'attachment'}; filename="${name}"`)
    response.type(name.split('.').at(-1)!)
    return response.stream(await disk.getStream(key))
  }
}
