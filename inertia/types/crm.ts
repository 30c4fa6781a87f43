/**
 * Props of the pipeline screens (see app/crm/queries/*).
 */
export type BoardDeal = {
  id: number
  title: string
  value: { amount: string; currency: string } | null
  probability: number | null
  version: number
  owner: { id: number; title: string } | null
  contact: { id: number; title: string } | null
  expectedCloseDate: string | null
}

export type BoardColumn = {
  stage: { id: number; name: string; probability: number; outcome: 'open' | 'won' | 'lost' }
  count: number
  total: string
  weighted: string
  deals: BoardDeal[]
}

export type TaskItem = {
  id: number
  title: string
  status: 'todo' | 'in_progress' | 'done'
  priority: 'low' | 'medium' | 'high'
  dueAt: string | null
  lead: { id: number; title: string } | null
  deal: { id: number; title: string } | null
  contact: { id: number; title: string } | null
  company: { id: number; title: string } | null
}

export type TaskGroups = Record<'overdue' | 'today' | 'upcoming' | 'someday', TaskItem[]>
