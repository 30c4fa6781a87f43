import { defineAsyncComponent, type Component } from 'vue'
import type { FieldType, ResourceField } from '~/types/resources'
import TextInput from '~/components/resource/fields/text_input.vue'
import LongTextInput from '~/components/resource/fields/long_text_input.vue'
import NumberInput from '~/components/resource/fields/number_input.vue'
import MoneyInput from '~/components/resource/fields/money_input.vue'
import DateInput from '~/components/resource/fields/date_input.vue'
import BooleanInput from '~/components/resource/fields/boolean_input.vue'
import SelectInput from '~/components/resource/fields/select_input.vue'
import MultiSelectInput from '~/components/resource/fields/multi_select_input.vue'
import TagsInput from '~/components/resource/fields/tags_input.vue'
import RelationInput from '~/components/resource/fields/relation_input.vue'

type Loader = () => Promise<Component | { default: Component }>

/**
 * The engine's input for each field type.
 */
const BY_TYPE: Record<FieldType, Component> = {
  text: TextInput,
  longText: LongTextInput,
  email: TextInput,
  phone: TextInput,
  url: TextInput,
  number: NumberInput,
  percent: NumberInput,
  money: MoneyInput,
  date: DateInput,
  datetime: DateInput,
  boolean: BooleanInput,
  select: SelectInput,
  multiSelect: MultiSelectInput,
  tags: TagsInput,
  relation: RelationInput,
  file: TextInput,
}

/**
 * Inputs a resource asks for by name (`component: 'listing_price'` on a
 * field declaration), loaded when first shown. Each takes FieldInputProps
 * (fields/field_input_props.ts) and emits `update:modelValue`. Add one line
 * here, or call registerFieldComponent() from the resource's own page.
 */
const NAMED: Record<string, Loader> = {}

export function registerFieldComponent(name: string, loader: Loader) {
  NAMED[name] = loader
  loaded.delete(name)
}

const loaded = new Map<string, Component>()

/**
 * The component that edits a field: the resource's own when it names a
 * registered one, else the engine's input for its type.
 */
export function fieldComponent(field: Pick<ResourceField, 'type' | 'component'>): Component {
  const name = field.component
  if (name && NAMED[name]) {
    let component = loaded.get(name)
    if (!component) {
      component = defineAsyncComponent(NAMED[name])
      loaded.set(name, component)
    }
    return component
  }
  return BY_TYPE[field.type]
}
