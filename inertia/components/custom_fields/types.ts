import type { FieldType } from '#resources/define_resource'

export type CustomFieldType = Exclude<FieldType, 'file'>

export type CustomFieldOption = { value: string; labelEn: string; labelAr: string }

/**
 * A custom field as the settings screen receives it (CustomFieldTransformer).
 */
export type CustomFieldRow = {
  id: number
  resource: string
  key: string
  type: CustomFieldType
  labelEn: string
  labelAr: string
  required: boolean
  position: number
  options: CustomFieldOption[]
  target: string | null
  archived: boolean
  archivedAt: string | null
  createdAt: string
  updatedAt: string
}

export type Choice = { value: string; label: string }

/** a row of the options editor; a saved option keeps its value */
export type OptionRow = CustomFieldOption & { saved: boolean }
