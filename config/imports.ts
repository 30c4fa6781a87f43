/**
 * Limits and batch sizes of the resource engine's imports. Tests lower the
 * limits with `app.config.set('imports.<key>', …)`.
 */
const importsConfig = {
  /** the largest file accepted, in bytes */
  maxBytes: 50 * 1024 * 1024,
  /** the most data rows one file may have */
  maxRows: 1_000_000,
  /** rows per multi-row INSERT and per duplicate lookup */
  batchSize: 1000,
  /** rows shown back after the upload */
  sampleRows: 5,
  /** row errors kept on the import itself (the rejected-rows report has them all) */
  keptErrors: 500,
  /** where uploads and rejected-rows reports are kept, under the app root */
  directory: 'tmp/imports',
}

export default importsConfig
