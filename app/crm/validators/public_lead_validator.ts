import vine from '@vinejs/vine'
import { phoneRule } from '#core/validation/phone'

/**
 * What the public form may send. `website` is the honeypot: a field people
 * never see, so only robots fill it.
 */
export const publicLeadValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(200),
  email: vine.string().trim().email().maxLength(254).optional().requiredIfMissing('phone'),
  phone: vine.string().trim().maxLength(40).use(phoneRule()).optional(),
  companyName: vine.string().trim().maxLength(200).optional(),
  message: vine.string().trim().maxLength(5000).optional(),
  website: vine.string().maxLength(500).optional(),
})
