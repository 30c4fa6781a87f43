import type { Readable } from 'node:stream'
import { SaxesParser, type SaxesTagPlain } from 'saxes'

export type XmlTag = SaxesTagPlain

/** No namespace processing (names keep their prefix) and no line tracking. */
const PARSER_OPTIONS = { xmlns: false, position: false } as const

/**
 * What a part parser reacts to. Tag names come without their namespace
 * prefix (`x:row` is `row`), since writers choose prefixes freely.
 */
export type XmlHandlers = {
  open?: (name: string, tag: XmlTag) => void
  close?: (name: string) => void
  text?: (text: string) => void
}

function localName(name: string) {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

/**
 * The value of an attribute whatever its namespace prefix (`r:id` is found
 * as `id`); an unprefixed attribute of that name wins. Plain attributes are
 * read straight from `tag.attributes`.
 */
export function prefixedAttribute(tag: XmlTag, name: string): string | undefined {
  const plain = tag.attributes[name]
  if (plain !== undefined) return plain
  for (const [key, value] of Object.entries(tag.attributes)) {
    if (localName(key) === name) return value
  }
  return undefined
}

function createParser({ open, close, text }: XmlHandlers) {
  const parser = new SaxesParser(PARSER_OPTIONS)
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag))
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)))
  if (text) {
    parser.on('text', text)
    parser.on('cdata', text)
  }
  return parser
}

/**
 * Parses a whole text stream with the given handlers. Malformed XML throws.
 */
export async function parseXml(stream: Readable, handlers: XmlHandlers) {
  const parser = createParser(handlers)
  try {
    for await (const chunk of stream) parser.write(chunk as string)
    parser.close()
  } finally {
    stream.destroy()
  }
}

/**
 * Parses a text stream a chunk at a time and yields, after each chunk,
 * what `take` hands over from the handlers: the stream is only read as
 * fast as the caller consumes, and is destroyed when the caller stops.
 */
export async function* parseXmlItems<T>(
  stream: Readable,
  handlers: XmlHandlers,
  take: () => T[]
): AsyncGenerator<T> {
  const parser = createParser(handlers)
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string)
      yield* take()
    }
    parser.close()
    yield* take()
  } finally {
    stream.destroy()
  }
}
