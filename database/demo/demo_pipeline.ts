import { DateTime } from 'luxon'
import { seededRandom } from '#database/demo/random'
import { LEAD_STATUSES } from '#crm/rules/lead_rules'
import { DEFAULT_LEAD_SOURCES } from '#crm/lead_sources'
import { ACTIVITY_TYPES, CALL_OUTCOMES } from '#crm/rules/activity_rules'
import { TASK_PRIORITIES } from '#crm/rules/task_rules'

const ARABIC = [
  'محمد العمري',
  'ريم الحربي',
  'فيصل الدوسري',
  'هند الشمري',
  'سلطان القحطاني',
  'لمى الغامدي',
  'ماجد العتيبي',
  'جود الزهراني',
  'تركي المطيري',
  'دانة السبيعي',
  'راشد الكعبي',
  'مريم المنصوري',
  'خليفة النعيمي',
  'عائشة السويدي',
]
const LATIN = [
  'Omar Haddad',
  'Layla Mansour',
  'James Carter',
  'Priya Nair',
  'Daniel Brooks',
  'Fatima Aziz',
  'Hassan Qasim',
  'Aisha Karam',
  'Michael Chen',
  'Rania Barakat',
  'Karim Saleh',
  'Noor Hamdan',
]
const LOST_REASONS = [
  'Budget too low',
  'Bought elsewhere',
  'Not reachable',
  'اختار عقارًا آخر',
  'الميزانية غير كافية',
]
const NOTES = [
  'Looking for a 3-bedroom villa',
  'Wants an apartment near the metro',
  'Investor, cash buyer',
  'يبحث عن شقة قريبة من المدارس',
  'مهتم بأرض تجارية',
]
const TASKS = [
  'Call back about financing',
  'Send the brochure',
  'Schedule a viewing',
  'Prepare the offer',
  'متابعة العرض',
  'تأكيد موعد المعاينة',
]

type Stage = { id: number; probability: number; outcome: string }

/**
 * A living pipeline for a demo agency: leads in every status and source,
 * deals in every stage, tasks (some overdue) and months of activities.
 */
export function demoPipeline(options: {
  seed: number
  country: 'SA' | 'AE'
  currency: string
  userIds: number[]
  brokerIds: number[]
  stages: Stage[]
  contactIds: number[]
  now?: DateTime
}) {
  const random = seededRandom(options.seed)
  const now = options.now ?? DateTime.utc()
  const phone = () =>
    options.country === 'SA'
      ? `+9665${random.int(0, 9)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`
      : `+9715${random.pick([0, 2, 5, 6, 8])}${String(random.int(0, 9_999_999)).padStart(7, '0')}`

  const leads = Array.from({ length: 320 }, (_, index) => {
    const arabic = random.chance(0.55)
    const name = arabic ? random.pick(ARABIC) : random.pick(LATIN)
    const status = LEAD_STATUSES[index % LEAD_STATUSES.length]!
    const owner = random.pick(options.brokerIds)
    const created = now.minus({ hours: random.int(1, 180 * 24) })
    return {
      name,
      email: random.chance(0.8) ? `lead${index + 1}.${options.seed}@mail.example` : null,
      phone: phone(),
      source: random.pick(DEFAULT_LEAD_SOURCES).value,
      status,
      lostReason: status === 'lost' ? random.pick(LOST_REASONS) : null,
      value: String(random.int(20, 900) * 10_000) + '.00',
      valueCurrency: options.currency,
      ownerId: owner,
      assigneeId: random.chance(0.3) ? random.pick(options.brokerIds) : owner,
      notes: random.chance(0.5) ? random.pick(NOTES) : null,
      tags: random.chance(0.3) ? ['hot'] : [],
      createdAt: created,
      updatedAt: created,
    }
  })

  const deals = Array.from({ length: 60 }, (_, index) => {
    const stage = options.stages[index % options.stages.length]!
    const owner = random.pick(options.brokerIds)
    const created = now.minus({ hours: random.int(24, 120 * 24) })
    const entered = created.plus({ hours: random.int(1, 10 * 24) })
    return {
      title: `${random.chance(0.5) ? random.pick(ARABIC) : random.pick(LATIN)} · ${random.pick(['Villa', 'Apartment', 'Office', 'فيلا', 'شقة', 'أرض'])}`,
      value: String(random.int(50, 1500) * 10_000) + '.00',
      valueCurrency: options.currency,
      stageId: stage.id,
      position: (index + 1) * 1024,
      probability: stage.probability,
      expectedCloseDate: now.plus({ days: random.int(-20, 90) }),
      contactId: options.contactIds.length ? random.pick(options.contactIds) : null,
      ownerId: owner,
      assigneeId: owner,
      closeReason: stage.outcome === 'lost' ? random.pick(LOST_REASONS) : null,
      closedAt: stage.outcome === 'open' ? null : entered,
      stageEnteredAt: entered < now ? entered : now,
      createdAt: created,
      updatedAt: created,
    }
  })

  const tasks = Array.from({ length: 80 }, (_, index) => {
    const due = now.plus({ hours: random.int(-10 * 24, 14 * 24) })
    const done = index % 5 === 0
    return {
      title: random.pick(TASKS),
      priority: random.pick(TASK_PRIORITIES),
      status: done ? 'done' : random.chance(0.2) ? 'in_progress' : 'todo',
      dueAt: due,
      assigneeId: random.pick(options.brokerIds),
      creatorId: random.pick(options.userIds),
      completedAt: done ? due : null,
      leadIndex: random.int(0, leads.length - 1),
      createdAt: due.minus({ days: random.int(1, 10) }),
      updatedAt: now,
    }
  })

  const activities = Array.from({ length: 900 }, () => {
    const type = random.pick(ACTIVITY_TYPES)
    const at = now.minus({ minutes: random.int(10, 150 * 24 * 60) })
    return {
      type,
      subject: type === 'call' ? 'Follow-up call' : type === 'viewing' ? 'Property viewing' : null,
      body: random.chance(0.6) ? random.pick(NOTES) : null,
      occurredAt: at,
      authorId: random.pick(options.brokerIds),
      leadIndex: random.int(0, leads.length - 1),
      callDirection: type === 'call' ? random.pick(['inbound', 'outbound']) : null,
      callDuration: type === 'call' ? random.int(20, 1200) : null,
      callOutcome: type === 'call' ? random.pick(CALL_OUTCOMES) : null,
      createdAt: at,
      updatedAt: at,
    }
  })
  return { leads, deals, tasks, activities }
}
