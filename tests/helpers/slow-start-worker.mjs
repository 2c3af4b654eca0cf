// A stand-in pipeline worker for the pool tests (tests/cli/pool.test.ts): it loads for FAKE_WORKER_START_MS, busy, as
// the real one loads the NLP, says it is ready, then answers each job at once with its text as "explain", or never
// when the text holds HANG; text holding PRINT is also printed to the worker's stdout first; text holding GREEDY
// holds 700 MB of arrays before answering (more than the pool's usual worker heap cap).
import { parentPort } from 'node:worker_threads';

const until = Date.now() + Number(process.env.FAKE_WORKER_START_MS ?? 0);
while (Date.now() < until);
parentPort.on('message', (job) => {
  const text = new TextDecoder().decode(job.raw.bytes);
  if (text.includes('HANG')) for (;;);
  if (text.includes('PRINT')) console.log(text);
  if (text.includes('GREEDY')) {
    const held = [];
    for (let mb = 0; mb < 700; mb += 8) held.push(new Array(1_000_000).fill(mb + 0.5));
    parentPort.postMessage({ seq: job.seq, explain: `${text} (${held.length} arrays)` });
    return;
  }
  parentPort.postMessage({ seq: job.seq, explain: text });
});
parentPort.postMessage({ ready: true });
