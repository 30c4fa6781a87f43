import emitter from '@adonisjs/core/services/emitter'
import { LeadAssigned, LeadCreated } from '#crm/events/lead_events'
import { DealLost, DealWon } from '#crm/events/deal_events'
import { TaskAssigned, TaskCompleted, TaskDueSoon, TaskOverdue } from '#crm/events/task_events'
import { UserInvited, UserRoleChanged } from '#identity/events/user_events'
import { ImportFailed, ImportFinished } from '#resources/imports/import_events'
import { ExportFailed, ExportReady } from '#resources/export/export_events'
import { RecordChanged } from '#resources/events/record_changed'

/**
 * Who listens to the domain events. Each listener takes the event's plain
 * data only, so any of them can move to a queued job unchanged.
 */
const NotifyOnLeads = () => import('#notifications/listeners/notify_on_leads')
const NotifyOnDeals = () => import('#notifications/listeners/notify_on_deals')
const NotifyOnTasks = () => import('#notifications/listeners/notify_on_tasks')
const NotifyOnUsers = () => import('#notifications/listeners/notify_on_users')
const NotifyOnImports = () => import('#notifications/listeners/notify_on_imports')
const NotifyOnExports = () => import('#notifications/listeners/notify_on_exports')
const BroadcastRecordChanges = () => import('#notifications/listeners/broadcast_record_changes')

emitter.on(RecordChanged, [BroadcastRecordChanges, 'handle'])
emitter.on(LeadCreated, [NotifyOnLeads, 'created'])
emitter.on(LeadAssigned, [NotifyOnLeads, 'assigned'])
emitter.on(DealWon, [NotifyOnDeals, 'won'])
emitter.on(DealLost, [NotifyOnDeals, 'lost'])
emitter.on(TaskAssigned, [NotifyOnTasks, 'assigned'])
emitter.on(TaskCompleted, [NotifyOnTasks, 'completed'])
emitter.on(TaskDueSoon, [NotifyOnTasks, 'dueSoon'])
emitter.on(TaskOverdue, [NotifyOnTasks, 'overdue'])
emitter.on(UserInvited, [NotifyOnUsers, 'invited'])
emitter.on(UserRoleChanged, [NotifyOnUsers, 'roleChanged'])
emitter.on(ImportFinished, [NotifyOnImports, 'finished'])
emitter.on(ImportFailed, [NotifyOnImports, 'failed'])
emitter.on(ExportReady, [NotifyOnExports, 'ready'])
emitter.on(ExportFailed, [NotifyOnExports, 'failed'])
