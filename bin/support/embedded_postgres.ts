import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin'

/**
 * PostgreSQL in WebAssembly (PGlite) served on a local TCP port, so the app
 * talks to it exactly as to a real server. One backend behind every
 * connection: fine for one developer, not for concurrent workers.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port: number }) {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  const db = await PGlite.create(options.dataDir, { extensions: { pg_trgm, btree_gin } })
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port,
    maxConnections: 20,
  })
  await server.start()
  return {
    url: `postgres://postgres@127.0.0.1:${options.port}/postgres`,
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}
