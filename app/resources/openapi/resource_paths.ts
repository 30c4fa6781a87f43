import string from '@adonisjs/core/helpers/string'
import type { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import type { ResourceDefinition } from '#resources/define_resource'
import { listFieldsOf, fieldLabel, type ResolvedField } from '#resources/engine/resource_fields'
import { ENGINE_BULK_ACTIONS, bulkValidator } from '#resources/engine/bulk_actions'
import { listRecordsValidator } from '#resources/engine/list_records'
import { exportRecordsValidator } from '#resources/export/export_records'
import { CONTENT_TYPES } from '#resources/export/sheet_writers'
import { importChoicesValidator } from '#resources/imports/validators/import_validator'
import { IMPORT_MODES } from '#resources/imports/models/import'
import { errorResponseRef, rateLimitResponseHeaders } from '#resources/openapi/common_components'
import { FILTER_SYNTAX, listParameters } from '#resources/openapi/list_parameters'
import { inputSchema, recordSchema, schemaName } from '#resources/openapi/field_schemas'
import {
  dataEnvelope,
  jsonContent,
  ref,
  type OperationObject,
  type ParameterObject,
  type Paths,
  type SchemaObject,
} from '#resources/openapi/openapi_types'

const idParameter: ParameterObject = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1 },
}

function withEtag(description: string, schema: SchemaObject) {
  return {
    description,
    headers: { ETag: ref('headers', 'ETag'), ...rateLimitResponseHeaders() },
    content: jsonContent(dataEnvelope(schema)),
  }
}

/**
 * Everything the document says about one resource: its schemas and its
 * paths, derived from its declaration and the organization's custom fields.
 */
export function resourceOpenApi(i18n: I18n, resource: ResourceDefinition, fields: ResolvedField[]) {
  const name = schemaName(resource)
  // The document speaks English; field labels follow the request's language.
  const english = i18nManager.locale('en')
  const plural = english.t(`resources.${resource.name}.plural`, {}, string.titleCase(resource.name))
  const singular = english.t(`resources.${resource.name}.singular`, {}, name)
  const tag = plural
  const operationPrefix = string.camelCase(resource.name)
  const permission = (ability: string) => `${resource.feature}.${ability}`
  const record = ref('schemas', name)
  const listFields = listFieldsOf(resource, fields)
  const describe = (key: string) => {
    const field = fields.find((candidate) => candidate.key === key)
    return field ? fieldLabel(i18n, resource, field) : undefined
  }

  const operation = (
    action: string,
    summary: string,
    ability: string,
    rest: Omit<OperationObject, 'summary' | 'tags'>
  ): OperationObject => ({
    'operationId': `${operationPrefix}${string.pascalCase(action)}`,
    summary,
    'tags': [tag],
    'security': [{ bearerAuth: [] }],
    'x-permission': permission(ability),
    ...rest,
    'description': [rest.description, `Needs the \`${permission(ability)}\` permission.`]
      .filter(Boolean)
      .join(' '),
  })

  const listQuery = listParameters({
    fields: listFields,
    defaultSort: resource.defaultSort,
    customFilters: resource.filters,
    describe,
  })
  const listPaging = listRecordsValidator.toJSONSchema().properties as Record<string, SchemaObject>

  const bulkBody = bulkValidator.toJSONSchema() as SchemaObject & {
    properties: Record<string, SchemaObject>
  }
  const bulkActions = [...ENGINE_BULK_ACTIONS, ...Object.keys(resource.actions ?? {})]
  bulkBody.properties.action = { type: 'string', enum: bulkActions }
  bulkBody.properties.values = {
    type: 'object',
    description:
      '`assignOwner`: `{ "ownerId": <user id> }`; `setField`: `{ "field": "<key or custom.<key>>", "value": <value> }`; nothing for `delete`.',
  }

  const exportQuery = exportRecordsValidator.toJSONSchema().properties as Record<
    string,
    SchemaObject
  >
  const importChoices = importChoicesValidator.toJSONSchema() as SchemaObject & {
    properties: Record<string, SchemaObject>
  }
  importChoices.properties.mapping = {
    ...importChoices.properties.mapping,
    description:
      'File header → field key (`custom.<key>` for custom fields), or null to leave the column out.',
  }
  importChoices.properties.matchKey = {
    ...importChoices.properties.matchKey,
    description: [
      'The field rows are matched to existing records on',
      resource.matchKeys?.length
        ? `, e.g. ${resource.matchKeys.map((key) => `\`${key}\``).join(', ')}.`
        : '.',
    ].join(''),
  }
  importChoices.properties.mode = {
    ...importChoices.properties.mode,
    description:
      'A row matching an existing record is skipped (`skip`), updates it (`update`), or every row creates a record (`create`).',
  }
  const importAnswer = (description: string) => ({
    description,
    headers: rateLimitResponseHeaders(),
    content: jsonContent(dataEnvelope(ref('schemas', 'Import'))),
  })

  const paths: Paths = {
    [`/${resource.name}`]: {
      get: operation('index', `List ${plural.toLowerCase()}`, 'viewAny', {
        description: `Offset pages with an exact total, or cursor pages (\`cursor\`). ${FILTER_SYNTAX}`,
        parameters: [
          ...listQuery,
          {
            name: 'cursor',
            in: 'query',
            description:
              'Cursor paging: empty for the first page, then `meta.nextCursor`. Only with `sort` on `createdAt`, `updatedAt` or `id` (either direction).',
            schema: listPaging.cursor ?? { type: 'string' },
          },
          {
            name: 'trash',
            in: 'query',
            description: `Lists the trash instead (needs \`${permission('restore')}\`).`,
            schema: { type: 'boolean' },
          },
        ],
        responses: {
          200: {
            description: `A page of ${plural.toLowerCase()}.`,
            headers: rateLimitResponseHeaders(),
            content: jsonContent({
              type: 'object',
              properties: {
                data: { type: 'array', items: record },
                meta: ref('schemas', 'ListMeta'),
              },
              required: ['data', 'meta'],
            }),
          },
          422: errorResponseRef(422),
        },
      }),
      post: operation('store', `Create a ${singular.toLowerCase()}`, 'create', {
        parameters: [ref('parameters', 'IdempotencyKey')],
        requestBody: { required: true, content: jsonContent(ref('schemas', `${name}Create`)) },
        responses: {
          201: withEtag('Created.', record),
          409: errorResponseRef(409),
          422: errorResponseRef(422),
        },
      }),
    },
    [`/${resource.name}/{id}`]: {
      get: operation('show', `Show a ${singular.toLowerCase()}`, 'view', {
        parameters: [idParameter],
        responses: { 200: withEtag('The record.', record), 404: errorResponseRef(404) },
      }),
      patch: operation('update', `Update a ${singular.toLowerCase()}`, 'update', {
        parameters: [idParameter, ref('parameters', 'IfMatch')],
        requestBody: { required: true, content: jsonContent(ref('schemas', `${name}Update`)) },
        responses: {
          200: withEtag('Updated.', record),
          404: errorResponseRef(404),
          412: errorResponseRef(412),
          422: errorResponseRef(422),
        },
      }),
      delete: operation('destroy', `Move a ${singular.toLowerCase()} to the trash`, 'delete', {
        description: 'Soft delete: `POST /{id}/restore` brings it back.',
        parameters: [idParameter, ref('parameters', 'IfMatch')],
        responses: {
          204: { description: 'Trashed.', headers: rateLimitResponseHeaders() },
          404: errorResponseRef(404),
          409: errorResponseRef(409),
          412: errorResponseRef(412),
        },
      }),
    },
    [`/${resource.name}/{id}/restore`]: {
      post: operation('restore', `Restore a ${singular.toLowerCase()} from the trash`, 'restore', {
        parameters: [idParameter],
        responses: { 200: withEtag('Restored.', record), 404: errorResponseRef(404) },
      }),
    },
    [`/${resource.name}/bulk`]: {
      post: operation('bulk', `Act on many ${plural.toLowerCase()}`, 'update', {
        description:
          'One action on up to 1000 records; records the user cannot reach are skipped as if they did not exist. `delete` needs the delete permission, the other actions the update permission.',
        requestBody: { required: true, content: jsonContent(bulkBody) },
        responses: {
          200: {
            description: 'What was done.',
            headers: rateLimitResponseHeaders(),
            content: jsonContent(dataEnvelope(ref('schemas', 'BulkResult'))),
          },
          422: errorResponseRef(422),
        },
      }),
    },
    [`/${resource.name}/export`]: {
      get: operation('export', `Export ${plural.toLowerCase()}`, 'export', {
        description: `Every record the list would show (same \`sort\`, \`q\` and filters, all pages) as a CSV (UTF-8, Excel-ready) or XLSX file. ${FILTER_SYNTAX}`,
        parameters: [
          { name: 'format', in: 'query', schema: { ...exportQuery.format, default: 'csv' } },
          {
            name: 'columns',
            in: 'query',
            description:
              'Comma-separated field keys to export, in order; the list columns by default.',
            schema: exportQuery.columns ?? { type: 'string' },
          },
          ...listQuery.filter(
            (parameter) => !('$ref' in parameter) || !/\/(page|perPage)$/.test(parameter.$ref)
          ),
          {
            name: 'trash',
            in: 'query',
            description: `Exports the trash instead (needs \`${permission('restore')}\`).`,
            schema: { type: 'boolean' },
          },
        ],
        responses: {
          200: {
            description: 'The file, as an attachment.',
            headers: rateLimitResponseHeaders(),
            content: Object.fromEntries(
              Object.values(CONTENT_TYPES).map((type) => [
                type,
                { schema: { type: 'string', contentMediaType: type.split(';')[0] } },
              ])
            ),
          },
          422: errorResponseRef(422),
        },
      }),
    },
    [`/${resource.name}/imports`]: {
      post: operation('importsStore', `Upload a file to import ${plural.toLowerCase()}`, 'import', {
        description:
          'Step 1 of an import: upload a CSV or XLSX file (`multipart/form-data`, part `file`). The answer has its headers, a sample, a suggested mapping and the fields columns can fill; then dry-run and commit it. A file that cannot be read, is too large or has too many rows is a 422 on `file`.',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  file: {
                    type: 'string',
                    contentMediaType: 'application/octet-stream',
                    description: '`.csv`, `.txt` (CSV) or `.xlsx`.',
                  },
                },
                required: ['file'],
              },
            },
          },
        },
        responses: {
          201: {
            description: 'Uploaded; nothing is imported yet.',
            headers: rateLimitResponseHeaders(),
            content: jsonContent(dataEnvelope(ref('schemas', 'ImportUpload'))),
          },
          422: errorResponseRef(422),
        },
      }),
    },
    [`/${resource.name}/imports/{id}`]: {
      get: operation('importsShow', `Follow an import of ${plural.toLowerCase()}`, 'import', {
        parameters: [idParameter],
        responses: {
          200: importAnswer('Status, progress, counts and the first row errors.'),
          404: errorResponseRef(404),
        },
      }),
    },
    [`/${resource.name}/imports/{id}/dry-run`]: {
      post: operation('importsDryRun', 'Check an import without writing', 'import', {
        description:
          'Step 2: validates every row with the chosen mapping, match key and mode; the import becomes `validated` with its counts and row errors.',
        parameters: [idParameter],
        requestBody: { required: true, content: jsonContent(importChoices) },
        responses: {
          200: importAnswer('The dry run result.'),
          404: errorResponseRef(404),
          422: errorResponseRef(422),
        },
      }),
    },
    [`/${resource.name}/imports/{id}/commit`]: {
      post: operation('importsCommit', 'Run an import', 'import', {
        description:
          'Step 3: writes the rows in the background (`running`, then `completed` or `failed`); follow it with `GET /imports/{id}`. Only an `uploaded`, `validated` or `failed` import can be committed (409 `E_IMPORT_STATE` otherwise).',
        parameters: [idParameter],
        requestBody: { required: true, content: jsonContent(importChoices) },
        responses: {
          202: importAnswer('Started.'),
          404: errorResponseRef(404),
          409: errorResponseRef(409),
          422: errorResponseRef(422),
        },
      }),
    },
    [`/${resource.name}/imports/{id}/rejected`]: {
      get: operation('importsRejected', 'Download the rejected rows', 'import', {
        description:
          'The rows that were not imported, as CSV with the reason; 404 while there is no report.',
        parameters: [idParameter],
        responses: {
          200: {
            description: 'The rejected rows, as an attachment.',
            headers: rateLimitResponseHeaders(),
            content: { 'text/csv': { schema: { type: 'string', contentMediaType: 'text/csv' } } },
          },
          404: errorResponseRef(404),
        },
      }),
    },
    [`/${resource.name}/imports/{id}/undo`]: {
      post: operation('importsUndo', 'Undo an import', 'import', {
        description:
          'Takes a completed import back in one transaction: created records are deleted, updated ones get their previous values back.',
        parameters: [idParameter],
        responses: {
          200: importAnswer('Undone.'),
          404: errorResponseRef(404),
          409: errorResponseRef(409),
        },
      }),
    },
  }

  const schemas: Record<string, SchemaObject> = {
    [name]: recordSchema(i18n, resource, fields),
    [`${name}Create`]: inputSchema(i18n, resource, fields, 'create'),
    [`${name}Update`]: inputSchema(i18n, resource, fields, 'update'),
  }
  return { tag: { name: tag, description: `${plural}: \`/${resource.name}\`.` }, paths, schemas }
}

const importLink = { type: 'string', format: 'uri-reference' }

/**
 * An import as `GET /{resource}/imports/{id}` shows it.
 */
export const IMPORT_SCHEMAS: Record<string, SchemaObject> = {
  Import: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      resource: { type: 'string' },
      status: {
        type: 'string',
        enum: ['uploaded', 'validated', 'running', 'completed', 'failed', 'undone'],
        description: 'uploaded → validated (dry run) → running → completed | failed; then undone.',
      },
      fileName: { type: 'string' },
      mapping: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
      matchKey: { type: ['string', 'null'] },
      mode: { type: 'string', enum: [...IMPORT_MODES] },
      totalRows: { type: 'integer', minimum: 0 },
      processedRows: { type: 'integer', minimum: 0 },
      progress: { type: 'integer', minimum: 0, maximum: 100 },
      counts: {
        type: 'object',
        properties: {
          created: { type: 'integer', minimum: 0 },
          updated: { type: 'integer', minimum: 0 },
          skipped: { type: 'integer', minimum: 0 },
          rejected: { type: 'integer', minimum: 0 },
        },
        required: ['created', 'updated', 'skipped', 'rejected'],
      },
      errors: {
        type: 'array',
        description: 'The first row errors (the rejected-rows report has them all).',
        items: {
          type: 'object',
          properties: {
            row: { type: 'integer' },
            field: { type: ['string', 'null'] },
            message: { type: 'string' },
          },
          required: ['row', 'field', 'message'],
        },
      },
      errorsTruncated: { type: 'boolean' },
      failure: { type: ['string', 'null'] },
      createdAt: { type: 'string', format: 'date-time' },
      finishedAt: { type: ['string', 'null'], format: 'date-time' },
      undoneAt: { type: ['string', 'null'], format: 'date-time' },
      links: {
        type: 'object',
        properties: {
          self: importLink,
          dryRun: importLink,
          commit: importLink,
          rejected: importLink,
          undo: importLink,
        },
      },
    },
    required: ['id', 'resource', 'status', 'fileName', 'mode', 'totalRows', 'processedRows'],
  },
  ImportUpload: {
    allOf: [
      ref('schemas', 'Import'),
      {
        type: 'object',
        properties: {
          headers: { type: 'array', items: { type: 'string' } },
          sample: { type: 'array', items: { type: 'array', items: {} } },
          suggestedMapping: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
          fields: {
            type: 'array',
            description: 'The fields a column can fill.',
            items: {
              type: 'object',
              properties: {
                key: { type: 'string' },
                label: { type: 'string' },
                type: { type: 'string' },
                required: { type: 'boolean' },
              },
            },
          },
          matchKeys: {
            type: 'array',
            items: {
              type: 'object',
              properties: { key: { type: 'string' }, label: { type: 'string' } },
            },
          },
        },
      },
    ],
  },
}
