import type { Readable } from 'node:stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'

/**
 * A zip file read through its central directory: any entry can be opened in
 * any order, so no entry can be missed the way a front-to-back scan of local
 * headers may miss one.
 */
export class ZipArchive {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>
  ) {}

  /**
   * Opens the archive and indexes its entries by name (case-insensitively,
   * as Excel itself does). The caller must `close()` it.
   */
  static async open(path: string) {
    const zip = await yauzl.openPromise(path, { autoClose: false })
    try {
      const entries = new Map<string, Entry>()
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName.toLowerCase(), entry)
      return new ZipArchive(zip, entries)
    } catch (error) {
      zip.close()
      throw error
    }
  }

  /**
   * Whether the archive holds an entry of that name.
   */
  has(name: string) {
    return this.entries.has(name.toLowerCase())
  }

  /**
   * The uncompressed content of an entry as a UTF-8 text stream, or
   * undefined when there is no such entry.
   */
  async openText(name: string): Promise<Readable | undefined> {
    const entry = this.entries.get(name.toLowerCase())
    if (!entry) return undefined
    const stream = await this.zip.openReadStreamPromise(entry)
    stream.setEncoding('utf8')
    return stream
  }

  /**
   * Releases the file; streams still open keep it until they are destroyed.
   */
  close() {
    if (this.zip.isOpen) this.zip.close()
  }
}
