import { DateTime } from 'luxon'
import { seededRandom } from '#database/demo/random'
import { INDUSTRIES } from '#resources/companies_resource'
import { CONTACT_SOURCES } from '#resources/contacts_resource'

const ARABIC_FIRST = [
  'محمد',
  'أحمد',
  'عبدالرحمن',
  'فيصل',
  'سلطان',
  'ريم',
  'لمى',
  'هند',
  'مها',
  'جود',
  'تركي',
  'ماجد',
  'عائشة',
  'يوسف',
  'منيرة',
  'بندر',
  'غادة',
  'نايف',
  'دانة',
  'راشد',
]
const ARABIC_LAST = [
  'الغامدي',
  'الزهراني',
  'المطيري',
  'السبيعي',
  'الشمري',
  'العنزي',
  'الحربي',
  'القرشي',
  'البلوشي',
  'الكعبي',
  'المنصوري',
  'النعيمي',
  'الهاشمي',
  'السويدي',
  'الفلاسي',
]
const LATIN_FIRST = [
  'Omar',
  'Layla',
  'Ahmed',
  'Sara',
  'Yousef',
  'Mariam',
  'Khalid',
  'Noor',
  'James',
  'Priya',
  'Daniel',
  'Fatima',
  'Hassan',
  'Aisha',
  'Ali',
  'Rania',
  'Michael',
  'Huda',
  'Karim',
  'Lina',
]
const LATIN_LAST = [
  'Haddad',
  'Saleh',
  'Nasser',
  'Rahman',
  'Khan',
  'Farouk',
  'Mansour',
  'Aziz',
  'Smith',
  'Patel',
  'Hamdan',
  'Qasim',
  'Youssef',
  'Karam',
  'Barakat',
]
const COMPANY_STEMS = [
  'Al Noor',
  'Dar Al Arkan',
  'Rawabi',
  'Sahara',
  'Golden Sands',
  'Palm',
  'Oasis',
  'Marina',
  'Al Waha',
  'Falcon',
  'Emaar',
  'Najd',
  'Horizon',
  'Pearl',
  'Crescent',
]
const ARABIC_STEMS = [
  'النخبة',
  'الرواد',
  'الأفق',
  'الواحة',
  'المستقبل',
  'البيان',
  'السدرة',
  'الريادة',
  'الإعمار',
  'اللؤلؤة',
]
const COMPANY_KINDS = [
  'Properties',
  'Holding',
  'Developments',
  'Trading',
  'Investments',
  'Group',
  'Contracting',
]
const ARABIC_KINDS = ['للعقارات', 'القابضة', 'للتطوير', 'للاستثمار', 'للمقاولات']
const CITIES = {
  SA: ['Riyadh', 'Jeddah', 'Dammam', 'Khobar', 'Mecca', 'Medina'],
  AE: ['Dubai', 'Abu Dhabi', 'Sharjah', 'Ajman'],
}
const TAGS = [
  'vip',
  'investor',
  'first-buyer',
  'tenant',
  'landlord',
  'cash',
  'mortgage',
  'referral',
  'expat',
  'off-plan',
]
const TITLES = [
  'CEO',
  'Procurement manager',
  'Owner',
  'Investor',
  'Engineer',
  'Doctor',
  'Teacher',
  'Accountant',
  'مدير عام',
  'مستثمر',
]

type Country = keyof typeof CITIES

function phoneFor(random: ReturnType<typeof seededRandom>, country: Country) {
  const digits = String(random.int(0, 9_999_999)).padStart(7, '0')
  return country === 'SA'
    ? `+9665${random.int(0, 9)}${digits}`
    : `+9715${random.pick([0, 2, 5, 6, 8])}${digits}`
}

function slug(text: string) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '')
}

/**
 * An agency's companies and contacts: Arabic and English names, Saudi or
 * Emirati phones, spread over the last year and over its users.
 */
export function demoCrm(options: {
  seed: number
  country: Country
  ownerIds: number[]
  now?: DateTime
}) {
  const random = seededRandom(options.seed)
  const now = options.now ?? DateTime.utc()
  const createdAt = () => now.minus({ minutes: random.int(0, 365 * 24 * 60) })
  const cities = CITIES[options.country]

  const companies = Array.from({ length: 220 }, (_, index) => {
    const arabic = random.chance(0.4)
    const name = arabic
      ? `${random.pick(ARABIC_STEMS)} ${random.pick(ARABIC_KINDS)} ${index + 1}`
      : `${random.pick(COMPANY_STEMS)} ${random.pick(COMPANY_KINDS)} ${index + 1}`
    const domain = `${slug(arabic ? `company ${index + 1}` : name)}.example`
    const created = createdAt()
    return {
      name,
      industry: random.pick(INDUSTRIES),
      website: `https://${domain}`,
      email: `info@${domain}`,
      phone: phoneFor(random, options.country),
      city: random.pick(cities),
      country: options.country,
      tags: random.chance(0.3) ? [random.pick(TAGS)] : [],
      ownerId: random.pick(options.ownerIds),
      createdAt: created,
      updatedAt: created,
    }
  })

  const contacts = Array.from({ length: 260 }, (_, index) => {
    const arabic = random.chance(0.5)
    const first = arabic ? random.pick(ARABIC_FIRST) : random.pick(LATIN_FIRST)
    const last = arabic ? random.pick(ARABIC_LAST) : random.pick(LATIN_LAST)
    const latin = arabic ? `contact${index + 1}` : `${slug(first)}.${slug(last)}${index + 1}`
    const created = createdAt()
    return {
      name: `${first} ${last}`,
      email: random.chance(0.85) ? `${latin}@mail.example` : null,
      phone: phoneFor(random, options.country),
      mobile: random.chance(0.3) ? phoneFor(random, options.country) : null,
      jobTitle: random.chance(0.6) ? random.pick(TITLES) : null,
      companyIndex: random.chance(0.6) ? random.int(0, companies.length - 1) : null,
      source: random.pick(CONTACT_SOURCES),
      tags: random.chance(0.5) ? [...new Set([random.pick(TAGS), random.pick(TAGS)])] : [],
      city: random.pick(cities),
      country: options.country,
      doNotContact: random.chance(0.05),
      ownerId: random.pick(options.ownerIds),
      createdAt: created,
      updatedAt: created,
    }
  })
  return { companies, contacts }
}
