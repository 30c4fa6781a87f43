import { configApp } from '@adonisjs/eslint-config'
import { vue } from '@adonisjs/eslint-config/vue'

export default configApp(
  ...vue,
  { ignores: ['.adonisjs/**', 'public/**', 'tmp/**', 'build/**', 'database/schema.ts'] },
  {
    files: ['inertia/**/*.{ts,vue}'],
    rules: {
      // The generated route registry and the translation catalogs are data the client needs.
      '@adonisjs/no-backend-import-in-frontend': [
        'error',
        { allowed: ['../.adonisjs/client/registry/**', '../../resources/lang/**'] },
      ],
    },
  }
)
