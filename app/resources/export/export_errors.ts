import { Exception } from '@adonisjs/core/exceptions'

/**
 * The file of a background export is asked for before it is written (or
 * the export failed). The message comes localized.
 */
export class ExportNotReadyException extends Exception {
  static status = 409
  static code = 'E_EXPORT_NOT_READY'
  static message = 'This export is not ready'
}
