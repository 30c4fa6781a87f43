import Organization, { type LeadSource } from '#identity/models/organization'

/**
 * Where leads come from, unless the agency configured its own list.
 */
export const DEFAULT_LEAD_SOURCES: LeadSource[] = [
  { value: 'website', labelEn: 'Website', labelAr: 'الموقع الإلكتروني' },
  { value: 'referral', labelEn: 'Referral', labelAr: 'إحالة' },
  { value: 'property_portal', labelEn: 'Property portal', labelAr: 'بوابة عقارية' },
  { value: 'walk_in', labelEn: 'Walk-in', labelAr: 'زيارة مباشرة' },
  { value: 'social', labelEn: 'Social media', labelAr: 'وسائل التواصل' },
  { value: 'cold_call', labelEn: 'Cold call', labelAr: 'اتصال مباشر' },
  { value: 'card_scan', labelEn: 'Card scan', labelAr: 'مسح بطاقة' },
]

export async function leadSourcesOf(organizationId: number) {
  const organization = await Organization.find(organizationId)
  return organization?.leadSources?.length ? organization.leadSources : DEFAULT_LEAD_SOURCES
}
