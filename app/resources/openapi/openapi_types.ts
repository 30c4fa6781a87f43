/**
 * The parts of an OpenAPI 3.1 document the generator writes. Schemas are
 * JSON Schema 2020-12 objects, kept loose on purpose: VineJS produces them.
 */
export type SchemaObject = { [keyword: string]: unknown }

export type ParameterObject = {
  name: string
  in: 'query' | 'header' | 'path'
  required?: boolean
  description?: string
  schema: SchemaObject
  style?: 'form' | 'simple'
  explode?: boolean
  example?: unknown
}

export type Reference = { $ref: string }

export type ResponseObject = {
  description: string
  headers?: Record<string, Reference | SchemaObject>
  content?: Record<string, { schema: SchemaObject }>
}

export type OperationObject = {
  operationId?: string
  summary: string
  description?: string
  tags: string[]
  security?: Record<string, string[]>[]
  parameters?: (ParameterObject | Reference)[]
  requestBody?: {
    required?: boolean
    description?: string
    content: Record<string, { schema: SchemaObject }>
  }
  responses: Record<string, ResponseObject | Reference>
  [extension: `x-${string}`]: unknown
}

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

export type PathItem = Partial<Record<HttpMethod, OperationObject>>
export type Paths = Record<string, PathItem>

export function ref(kind: 'schemas' | 'responses' | 'parameters' | 'headers', name: string) {
  return { $ref: `#/components/${kind}/${name}` }
}

/**
 * A schema that also accepts null (JSON Schema 2020-12, as OpenAPI 3.1
 * has it).
 */
export function nullable(schema: SchemaObject): SchemaObject {
  if (typeof schema.type !== 'string' && !Array.isArray(schema.enum)) {
    return { anyOf: [schema, { type: 'null' }] }
  }
  const result = { ...schema }
  if (typeof schema.type === 'string') result.type = [schema.type, 'null']
  if (Array.isArray(schema.enum)) result.enum = [...schema.enum, null]
  return result
}

export function jsonContent(schema: SchemaObject) {
  return { 'application/json': { schema } }
}

/**
 * `{ data: <schema> }`, the contract's single-record envelope.
 */
export function dataEnvelope(schema: SchemaObject): SchemaObject {
  return { type: 'object', properties: { data: schema }, required: ['data'] }
}
