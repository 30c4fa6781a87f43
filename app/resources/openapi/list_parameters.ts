import type { ListField } from '#core/query/list_query'
import type { CustomFilter } from '#resources/define_resource'
import { ref, type ParameterObject, type SchemaObject } from '#resources/openapi/openapi_types'

/**
 * Which operators `ListQuery` accepts for a field of each type.
 */
const OPERATORS_BY_TYPE: Record<ListField['type'], string[]> = {
  string: ['eq', 'ne', 'in', 'nin', 'contains', 'startsWith', 'null'],
  enum: ['eq', 'ne', 'in', 'nin', 'null'],
  boolean: ['eq', 'ne', 'in', 'nin', 'null'],
  number: ['eq', 'ne', 'in', 'nin', 'gt', 'gte', 'lt', 'lte', 'between', 'null'],
  date: ['eq', 'ne', 'in', 'nin', 'gt', 'gte', 'lt', 'lte', 'between', 'null'],
  array: ['eq', 'ne', 'in', 'nin', 'null'],
}

export const FILTER_SYNTAX = [
  '`filter[<field>]=<value>` keeps records whose field equals the value;',
  '`filter[<field>][<operator>]=<value>` applies an operator:',
  '`eq`, `ne` (one value); `in`, `nin` (comma-separated values);',
  '`gt`, `gte`, `lt`, `lte` (numbers and dates); `between` (two comma-separated values, numbers and dates);',
  '`contains`, `startsWith` (text, case-insensitive); `null` (`true` or `false`: empty or not).',
  'For tags and multi-selects, `eq`/`in` match records having any of the values.',
  'Filters combine with AND. An unknown field or operator, or a value of the wrong type, is a 422.',
].join(' ')

/**
 * The plain `filter[<field>]` (equality) value of a field, as typed.
 */
function valueSchema(field: ListField): SchemaObject {
  switch (field.type) {
    case 'number':
      return { type: 'number' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'boolean':
      return { type: 'boolean' }
    case 'enum':
      return field.values ? { type: 'string', enum: [...field.values] } : { type: 'string' }
    case 'string':
    case 'array':
      return field.values ? { type: 'string', enum: [...field.values] } : { type: 'string' }
  }
}

function filterParameter(
  name: string,
  field: ListField,
  describe: (key: string) => string | undefined
): ParameterObject {
  const operators = OPERATORS_BY_TYPE[field.type]
  const label = describe(name)
  return {
    name: `filter[${name}]`,
    in: 'query',
    description: `${label ? `${label}. ` : ''}Equality filter; with an operator: \`filter[${name}][<operator>]=\`, operators ${operators.map((op) => `\`${op}\``).join(', ')}.`,
    schema: { ...valueSchema(field), 'x-operators': operators },
  }
}

function sortKeys(fields: Record<string, ListField>) {
  return Object.entries(fields)
    .filter(([, field]) => field.sortable)
    .map(([key]) => key)
}

/**
 * The query parameters of a list, from the same field declarations the
 * list query applies: paging, `sort` (the sortable fields as an enum),
 * `q`, and one `filter[<field>]` per filterable field (custom fields as
 * `filter[custom.<key>]`), plus the resource's own filters.
 */
export function listParameters(options: {
  fields: Record<string, ListField>
  defaultSort: string
  customFilters?: Record<string, CustomFilter>
  describe?: (key: string) => string | undefined
}): (ParameterObject | { $ref: string })[] {
  const describe = options.describe ?? (() => undefined)
  const sortable = sortKeys(options.fields)
  const parameters: (ParameterObject | { $ref: string })[] = [
    ref('parameters', 'page'),
    ref('parameters', 'perPage'),
    {
      name: 'sort',
      in: 'query',
      description: `Comma-separated sort keys, \`-\` first for descending. Sortable: ${sortable.map((key) => `\`${key}\``).join(', ')}. Default \`${options.defaultSort}\`. Unknown keys are a 422.`,
      style: 'form',
      explode: false,
      schema: {
        type: 'array',
        items: { type: 'string', enum: sortable.flatMap((key) => [key, `-${key}`]) },
      },
    },
  ]
  const searchable = Object.entries(options.fields).filter(([, field]) => field.searchable)
  if (searchable.length > 0) {
    parameters.push({
      name: 'q',
      in: 'query',
      description: `Case-insensitive search over ${searchable.map(([key]) => `\`${key}\``).join(', ')}.`,
      schema: { type: 'string' },
    })
  }
  for (const [name, field] of Object.entries(options.fields)) {
    if (field.filterable) parameters.push(filterParameter(name, field, describe))
  }
  for (const [name, filter] of Object.entries(options.customFilters ?? {})) {
    parameters.push({
      name: `filter[${name}]`,
      in: 'query',
      description: `The resource's own \`${name}\` filter.`,
      schema: filter.values ? { type: 'string', enum: [...filter.values] } : { type: 'string' },
    })
  }
  return parameters
}
