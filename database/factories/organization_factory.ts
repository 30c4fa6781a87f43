import factory from '@adonisjs/lucid/factories'
import Organization from '#identity/models/organization'

export const OrganizationFactory = factory
  .define(Organization, ({ faker }) => {
    const name = faker.company.name()
    return {
      name,
      slug: `${faker.helpers.slugify(name).toLowerCase()}-${faker.string.alphanumeric(6).toLowerCase()}`,
      defaultLocale: 'en' as const,
      timezone: 'Asia/Riyadh',
      currency: 'SAR',
    }
  })
  .state('arabic', (organization) => {
    organization.defaultLocale = 'ar'
  })
  .build()
