import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/**
 * Marks that an organization's record shape changed (see the
 * `schema_version` migration), inside the caller's transaction if any.
 */
export async function bumpSchemaVersion(organizationId: number, trx?: TransactionClientContract) {
  await (trx ?? db).from('organizations').where('id', organizationId).increment('schema_version', 1)
}
