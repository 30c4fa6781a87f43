import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DealStage from '#crm/models/deal_stage'

/**
 * The pipeline every new agency starts with; admins edit it afterwards.
 */
export const DEFAULT_STAGES = [
  { nameEn: 'Qualification', nameAr: 'التأهيل', probability: 10, outcome: 'open' },
  { nameEn: 'Discovery', nameAr: 'الاستكشاف', probability: 25, outcome: 'open' },
  { nameEn: 'Proposal', nameAr: 'العرض', probability: 50, outcome: 'open' },
  { nameEn: 'Negotiation', nameAr: 'التفاوض', probability: 75, outcome: 'open' },
  { nameEn: 'Won', nameAr: 'ناجحة', probability: 100, outcome: 'won' },
  { nameEn: 'Lost', nameAr: 'خاسرة', probability: 0, outcome: 'lost' },
] as const

export async function createDefaultStages(
  organizationId: number,
  client?: TransactionClientContract
) {
  return DealStage.createMany(
    DEFAULT_STAGES.map((stage, index) => ({
      ...stage,
      organizationId,
      position: (index + 1) * 10,
      custom: {},
    })),
    client ? { client } : undefined
  )
}
