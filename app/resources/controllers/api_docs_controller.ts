import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { cspFactory, frameGuardFactory, noSniffFactory } from '@adonisjs/shield/guards'
import shieldConfig from '#config/shield'
import { SWAGGER_UI_VERSION, docsAsset } from '#resources/openapi/docs_assets'

/**
 * The app's own Content-Security-Policy (config/shield.ts), frame and
 * sniffing guards: the docs page lives outside the session group that
 * applies Shield, and runs under the same rules.
 */
const directives = Object.fromEntries(
  Object.entries(shieldConfig.csp.directives ?? {}).map(([name, sources]) => [
    name,
    Array.isArray(sources) ? [...sources] : sources,
  ])
) as typeof shieldConfig.csp.directives

// Shield resolves keywords such as `@viteUrl` in place: the guard gets its own copy.
const guards = [
  cspFactory({ ...shieldConfig.csp, directives }),
  frameGuardFactory(shieldConfig.xFrame),
  noSniffFactory(shieldConfig.contentTypeSniffing),
]

const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * `GET /api/docs`: Swagger UI from the installed swagger-ui-dist package
 * (no CDN), on the generated OpenAPI document.
 */
export default class ApiDocsController {
  async show(ctx: HttpContext) {
    for (const guard of guards) await guard(ctx)
    const asset = (file: string) =>
      urlFor('api.docs.asset', { file }, { qs: { v: SWAGGER_UI_VERSION } })
    return ctx.view.render('api_docs', {
      specUrl: urlFor('api.v1.openapi'),
      stylesheet: asset('swagger-ui.css'),
      scripts: [asset('swagger-ui-bundle.js'), asset('docs.js')],
    })
  }

  /**
   * Only the allow-listed files, cached for a year (their URLs carry the
   * package version); any other name is a 404.
   */
  async asset({ params, response }: HttpContext) {
    const asset = docsAsset(String(params.file))
    if (!asset) throw new Exception('Not found', { status: 404, code: 'E_ROUTE_NOT_FOUND' })
    response.header('Content-Type', asset.contentType)
    response.header('Cache-Control', `public, max-age=${ONE_YEAR}, immutable`)
    response.header('X-Content-Type-Options', 'nosniff')
    response.send(asset.body, true)
  }
}
