/**
 * Reads a server-sent-event stream chunk by chunk and hands over the
 * `data:` payload of every complete frame (the tests' streams and the SSE
 * benchmark's clients read Transmit the same way).
 */
export function sseDataReader(onData: (data: string) => void) {
  let buffer = ''
  return (chunk: string) => {
    buffer += chunk
    const frames = buffer.split('\n\n')
    buffer = frames.pop()!
    for (const frame of frames) {
      const data = frame
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n')
      if (data) onData(data)
    }
  }
}
