import type { JsonValue, ResourceField, ResourceRecord } from '~/types/resources'

/**
 * What every field input receives, the engine's and a resource's own
 * (registered in field_components.ts): it edits `modelValue` and emits
 * `update:modelValue`.
 */
export type FieldInputProps = {
  field: ResourceField
  modelValue: JsonValue
  inputId: string
  invalid?: boolean
  /** the record being edited, null on create */
  record?: ResourceRecord | null
  /** the attribute browser tests find the input by */
  dataTest?: string
}
