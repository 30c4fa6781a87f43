import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Uploaded files (record attachments, images). On the local disk by
 * default; on S3 or any S3-compatible store when S3_BUCKET is set. Files are
 * private either way: the app serves them after checking the organization.
 */
const s3Bucket = env.get('S3_BUCKET')

const driveConfig = defineConfig({
  default: s3Bucket ? 's3' : 'fs',
  services: {
    fs: services.fs({
      location: env.get('UPLOADS_PATH') ?? app.makePath('storage/uploads'),
      serveFiles: false,
      visibility: 'private',
    }),
    ...(s3Bucket
      ? {
          s3: services.s3({
            credentials: {
              accessKeyId: env.get('S3_ACCESS_KEY_ID') ?? '',
              secretAccessKey: env.get('S3_SECRET_ACCESS_KEY') ?? '',
            },
            region: env.get('S3_REGION') ?? 'us-east-1',
            bucket: s3Bucket,
            endpoint: env.get('S3_ENDPOINT'),
            forcePathStyle: env.get('S3_ENDPOINT') !== undefined,
            visibility: 'private',
          }),
        }
      : {}),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
