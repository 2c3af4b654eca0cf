// A stand-in pipeline worker for the pool tests (tests/cli/pool.test.ts): it loads for FAKE_WORKER_START_MS, busy, as
// the real one loads the NLP, says it is ready, then answers each job at once with its text as "explain", or never
// when the text holds HANG; text holding PRINT is also printed to the worker's stdout first.
import { parentPort } from 'node:worker_threads';

const until = Date.now() + Number(process.env.FAKE_WORKER_START_MS ?? 0);
while (Date.now() < until);
parentPort.on('message', (job) => {
  const text = new TextDecoder().decode(job.raw.bytes);
  if (text.includes('HANG')) for (;;);
  if (text.includes('PRINT')) console.log(text);
  parentPort.postMessage({ seq: job.seq, explain: text });
});
parentPort.postMessage({ ready: true });
