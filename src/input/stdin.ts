// Input stage: reads standard input (or any byte stream) to the end, with the size cap enforced while reading.
import { tooLarge } from './file.js';

/**
 * Reads a Node stream to a Buffer; throws input/too-large as soon as more than `maxBytes` arrived, without
 * waiting for the end (`cat huge.log | news-extract` fails fast).
 */
export async function readStreamBytes(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > maxBytes) {
      // Stop reading so a producer on the other end of the pipe gets EPIPE instead of filling memory.
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw tooLarge('the input', maxBytes);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}
