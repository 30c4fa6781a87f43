import './css/app.css'
import { createApp, h, type DefineComponent } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { TuyauProvider } from '@adonisjs/inertia/vue'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import Tooltip from 'primevue/tooltip'
import Aura from '@primeuix/themes/aura'
import { client } from '~/client'

createInertiaApp({
  title: (title) => (title ? `${title} · Nova CRM` : 'Nova CRM'),
  resolve: (name) =>
    resolvePageComponent(
      `./pages/${name}.vue`,
      import.meta.glob<DefineComponent>('./pages/**/*.vue')
    ),
  setup({ el, App, props, plugin }) {
    createApp({ setup: () => () => h(TuyauProvider, { client }, { default: () => h(App, props) }) })
      .use(plugin)
      .use(PrimeVue, {
        theme: {
          preset: Aura,
          options: {
            darkModeSelector: '.app-dark',
            cssLayer: { name: 'primevue', order: 'theme, base, primevue' },
          },
        },
      })
      .use(ToastService)
      .directive('tooltip', Tooltip)
      .mount(el!)
  },
  progress: { color: '#10b981' },
})
