import { dirname, join } from 'node:path'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const SWAGGER_UI_DIR = dirname(fileURLToPath(import.meta.resolve('swagger-ui-dist/package.json')))

/** The installed swagger-ui-dist version: asset URLs carry it, so caches never go stale. */
export const SWAGGER_UI_VERSION = String(
  JSON.parse(readFileSync(join(SWAGGER_UI_DIR, 'package.json'), 'utf8')).version
)

/**
 * Starts Swagger UI on the page's `#swagger-ui` element with the document
 * its `data-spec-url` names. A file of its own: the Content-Security-Policy
 * allows no inline script.
 */
export const DOCS_INIT_SCRIPT = `'use strict'
window.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('swagger-ui')
  window.ui = window.SwaggerUIBundle({
    url: element.getAttribute('data-spec-url'),
    domNode: element,
    deepLinking: true,
    layout: 'BaseLayout',
    presets: [window.SwaggerUIBundle.presets.apis],
    tryItOutEnabled: false,
    validatorUrl: null,
  })
})
`

type DocsAsset = { contentType: string; read: () => string | Buffer }

const fromPackage = (file: string) => () => readFileSync(join(SWAGGER_UI_DIR, file))

/**
 * The only files `/api/docs/assets/:file` serves: what the docs page loads
 * from the swagger-ui-dist package, and its start-up script.
 */
const DOCS_ASSETS: Record<string, DocsAsset> = {
  'swagger-ui.css': { contentType: 'text/css; charset=utf-8', read: fromPackage('swagger-ui.css') },
  'swagger-ui-bundle.js': {
    contentType: 'text/javascript; charset=utf-8',
    read: fromPackage('swagger-ui-bundle.js'),
  },
  'docs.js': { contentType: 'text/javascript; charset=utf-8', read: () => DOCS_INIT_SCRIPT },
}

const loaded = new Map<string, { contentType: string; body: string | Buffer }>()

/**
 * An allow-listed asset, read once and kept in memory; undefined for any
 * other name.
 */
export function docsAsset(file: string) {
  if (!Object.hasOwn(DOCS_ASSETS, file)) return undefined
  let asset = loaded.get(file)
  if (!asset) {
    const { contentType, read } = DOCS_ASSETS[file]
    asset = { contentType, body: read() }
    loaded.set(file, asset)
  }
  return asset
}
