import './css/app.css'
import { createApp, h, type DefineComponent } from 'vue'
import { createInertiaApp, router } from '@inertiajs/vue3'
import { TuyauProvider } from '@adonisjs/inertia/vue'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import Tooltip from 'primevue/tooltip'
import Aura from '@primeuix/themes/aura'
import { client } from '~/client'
import type { SharedProps } from '~/types'

/**
 * <html lang dir> follow the page's locale on every visit, so switching the
 * language mirrors the whole layout without a full reload.
 */
function applyDocumentLocale(props: Partial<SharedProps>) {
  if (props.locale) document.documentElement.lang = props.locale
  if (props.dir) document.documentElement.dir = props.dir
}

createInertiaApp({
  title: (title) => (title ? `${title} · Nova CRM` : 'Nova CRM'),
  resolve: (name) =>
    resolvePageComponent(`./pages/${name}.vue`, import.meta.glob<DefineComponent>('./pages/**/*.vue')),
  setup({ el, App, props, plugin }) {
    applyDocumentLocale(props.initialPage.props as Partial<SharedProps>)
    router.on('navigate', (event) => applyDocumentLocale(event.detail.page.props as Partial<SharedProps>))

    createApp({ render: () => h(TuyauProvider, { client }, { default: () => h(App, props) }) })
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
