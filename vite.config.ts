import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import adonisjs from '@adonisjs/vite/client'

export default defineConfig({
  plugins: [
    vue(),
    tailwindcss(),
    adonisjs({
      entryPoints: ['inertia/app.ts'],
      reload: ['resources/views/**/*.edge'],
    }),
  ],
  resolve: {
    alias: { '~/': `${import.meta.dirname}/inertia/` },
  },
  /**
   * No server-side rendering: build the client only (the SSR environment
   * would overwrite the client manifest in public/assets).
   */
  builder: {
    buildApp: async (builder) => {
      await builder.build(builder.environments.client)
    },
  },
  /**
   * Pre-bundle every dependency of every page at start: otherwise the first
   * visit to a page with a new dependency makes Vite reload the browser.
   */
  optimizeDeps: {
    entries: ['inertia/app.ts', 'inertia/pages/**/*.vue'],
  },
  server: {
    // Tests send foreign Host headers on purpose (links must ignore them).
    allowedHosts: process.env.NODE_ENV === 'test' ? true : undefined,
    watch: { ignored: ['**/tmp/**', '**/build/**'] },
  },
})
