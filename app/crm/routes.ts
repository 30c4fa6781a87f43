import { recordId } from '#core/http/record_id'
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { RESOURCES } from '#resources/registry'
import { bindResource } from '#resources/engine/resource_binding'

const PipelineController = () => import('#crm/controllers/pipeline_controller')
const TasksController = () => import('#crm/controllers/tasks_controller')
const PublicLeadsController = () => import('#crm/controllers/public_leads_controller')
const CrmPagesController = () => import('#crm/controllers/crm_pages_controller')
const DashboardStatsController = () => import('#crm/controllers/dashboard_stats_controller')
const LeadCaptureController = () => import('#crm/controllers/lead_capture_controller')

/**
 * The CRM's domain routes for the API (inside the authenticated /api/v1
 * group), beside the engine's generic ones.
 */
export function registerCrmApiRoutes() {
  router
    .get('/organization/lead-capture', [LeadCaptureController, 'showApi'])
    .use(middleware.tokenAbility('organization:read'))
    .as('api.v1.organization.lead_capture.show')
  router
    .put('/organization/lead-capture', [LeadCaptureController, 'updateApi'])
    .use(middleware.tokenAbility('organization:write'))
    .as('api.v1.organization.lead_capture.update')
  router
    .get('/dashboard', [DashboardStatsController])
    .use(middleware.tokenAbility('dashboard:read'))
    .as('api.v1.dashboard')
  router
    .post('/leads/:id/convert', [PipelineController, 'convert'])
    .use([middleware.tokenAbility('leads:write'), bindResource(RESOURCES.leads)])
    .as('api.v1.leads.convert')
  router
    .post('/deals/:id/move', [PipelineController, 'move'])
    .use([middleware.tokenAbility('deals:write'), bindResource(RESOURCES.deals)])
    .as('api.v1.deals.move')
  router
    .get('/deals/board', [PipelineController, 'board'])
    .use([middleware.tokenAbility('deals:read'), bindResource(RESOURCES.deals)])
    .as('api.v1.deals.board')
  router
    .get('/tasks/mine', [TasksController, 'mineApi'])
    .use([middleware.tokenAbility('tasks:read'), bindResource(RESOURCES.tasks)])
    .as('api.v1.tasks.mine')
  router
    .post('/tasks/:id/complete', [TasksController, 'completeApi'])
    .use([middleware.tokenAbility('tasks:write'), bindResource(RESOURCES.tasks)])
    .as('api.v1.tasks.complete')
}

/**
 * The CRM's screens beyond the generic ones: the kanban board, my tasks,
 * conversion, quick activity logging.
 */
export function registerCrmAdminRoutes() {
  router
    .get('/settings/lead-capture', [LeadCaptureController, 'show'])
    .as('admin.lead_capture.show')
  router
    .put('/settings/lead-capture', [LeadCaptureController, 'update'])
    .as('admin.lead_capture.update')
  router
    .group(() => {
      router.get('/deals/board', [CrmPagesController, 'board']).as('admin.deals.board')
      router.post('/deals/:id/move', [CrmPagesController, 'move']).as('admin.deals.move')
    })
    .where('id', recordId)
    .use(bindResource(RESOURCES.deals))
  router
    .post('/leads/:id/convert', [CrmPagesController, 'convert'])
    .where('id', recordId)
    .use(bindResource(RESOURCES.leads))
    .as('admin.leads.convert')
  router
    .group(() => {
      router.get('/tasks/mine', [TasksController, 'mine']).as('admin.tasks.mine')
      router.post('/tasks/:id/complete', [TasksController, 'complete']).as('admin.tasks.complete')
    })
    .where('id', recordId)
    .use(bindResource(RESOURCES.tasks))
  router
    .post('/activities/log', [CrmPagesController, 'logActivity'])
    .use(bindResource(RESOURCES.activities))
    .as('admin.activities.log')
}

/**
 * The organization's public lead form: no session, no token.
 */
export function registerPublicRoutes() {
  router
    .group(() => {
      router.post('/leads', [PublicLeadsController, 'store']).as('public.leads.store')
      router.get('/lead-form', [PublicLeadsController, 'form']).as('public.leads.form')
      router.post('/lead-form', [PublicLeadsController, 'submit']).as('public.leads.submit')
    })
    .prefix('/public/organizations/:slug')
    .use(middleware.locale())
}
