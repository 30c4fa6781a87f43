import { crc32 } from 'node:zlib'

function header(fields: [bytes: 2 | 4, value: number][]) {
  const buffer = Buffer.alloc(fields.reduce((size, [bytes]) => size + bytes, 0))
  let offset = 0
  for (const [bytes, value] of fields) {
    offset = bytes === 2 ? buffer.writeUInt16LE(value, offset) : buffer.writeUInt32LE(value, offset)
  }
  return buffer
}

/**
 * A zip archive of uncompressed entries, in the order given: lets a test
 * write workbook parts by hand and choose the order of the entries.
 */
export function storedZip(entries: [name: string, content: string][]) {
  const UTF8_NAMES = 0x0800
  const DOS_DATE_1980 = 0x21
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [fileName, content] of entries) {
    const name = Buffer.from(fileName)
    const data = Buffer.from(content)
    const crc = crc32(data)
    const common: [2 | 4, number][] = [
      [2, 20],
      [2, UTF8_NAMES],
      [2, 0],
      [2, 0],
      [2, DOS_DATE_1980],
      [4, crc],
      [4, data.length],
      [4, data.length],
      [2, name.length],
      [2, 0],
    ]
    const local = Buffer.concat([header([[4, 0x04034b50], ...common]), name, data])
    const central = header([
      [4, 0x02014b50],
      [2, 20],
      ...common,
      [2, 0],
      [2, 0],
      [2, 0],
      [4, 0],
      [4, offset],
    ])
    locals.push(local)
    centrals.push(central, name)
    offset += local.length
  }
  const directory = Buffer.concat(centrals)
  const end = header([
    [4, 0x06054b50],
    [2, 0],
    [2, 0],
    [2, entries.length],
    [2, entries.length],
    [4, directory.length],
    [4, offset],
    [2, 0],
  ])
  return Buffer.concat([...locals, directory, end])
}
