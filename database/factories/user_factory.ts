import { randomUUID } from 'node:crypto'
import factory from '@adonisjs/lucid/factories'
import User from '#identity/models/user'
import { OrganizationFactory } from '#database/factories/organization_factory'

export const TEST_PASSWORD = 'Secret-pass-123!'

export const UserFactory = factory
  .define(User, ({ faker }) => ({
    name: faker.person.fullName(),
    // unique in every run: random e-mails collide about once in 2,000 runs
    email: `${faker.internet.username().toLowerCase()}.${randomUUID().slice(0, 8)}@example.test`,
    password: TEST_PASSWORD,
    role: 'broker' as const,
    status: 'active' as const,
    phone: `+9665${faker.string.numeric(8)}`,
  }))
  .state('owner', (user) => (user.role = 'owner'))
  .state('admin', (user) => (user.role = 'admin'))
  .state('manager', (user) => (user.role = 'manager'))
  .state('disabled', (user) => (user.status = 'disabled'))
  .state('arabic', (user) => (user.locale = 'ar'))
  .relation('organization', () => OrganizationFactory)
  .build()
