// A small pool of pipeline worker threads (cli): one job per worker at a time, a hard time limit per job.
import type { Worker } from 'node:worker_threads';
import type { SourceInfo } from '../doc.js';
import type { RawSource } from '../input/index.js';
import type { ArticleRecord } from '../output/record.js';
import { defaultWorkerUrl, isWorkerReady, startWorker, takePrestartedWorkers, whenWorkerReady, workerYoungMb } from './launch.js';
import { WORKER_MAX_OLD_MB, WORKER_RETRY_MAX_OLD_MB, WORKER_START_TIMEOUT_MS } from '../defaults.js';

/** A job's worker ran out of heap: the pool retries it once on a bigger worker (never seen outside the pool). */
const OUT_OF_MEMORY = 'internal/out-of-memory';

export interface JobRequest {
  seq: number;
  /** The input as read: the worker decodes it, so the main thread never holds page text (or its garbage). */
  raw: RawSource;
  clean: boolean;
  explain: boolean;
  color: boolean;
  /** Serialise the record in the worker (in parallel) and send the text: 'line' for ndjson, 'file' for --out-dir. */
  serialize: 'line' | 'file' | null;
}

/** A record already serialised by the worker, with what the main thread still needs of it. */
export interface SerializedRecord {
  /** The ndjson line or the --out-dir file, UTF-8: written as it is, without a string on the main thread. */
  bytes: Uint8Array;
  messages: ArticleRecord['messages'];
  /** With --state: hashArticle of the record's article, for settleState. */
  articleHash?: string;
}

export type JobResult = (
  | { seq: number; record: ArticleRecord; explain?: undefined; error?: undefined; serialized?: undefined }
  | { seq: number; serialized: SerializedRecord; record?: undefined; explain?: undefined; error?: undefined }
  | { seq: number; explain: string; record?: undefined; error?: undefined; serialized?: undefined }
  | { seq: number; error: { code: string; message: string }; record?: undefined; explain?: undefined; serialized?: undefined }
) & {
  /** The source as decoded (with its content type), when decoding got that far: error records keep it. */
  source?: SourceInfo;
  /** For the user, on stderr: an unknown charset label that was ignored. */
  note?: string;
};

interface Slot {
  worker: Worker;
  busy: boolean;
}

/** Runs jobs on `size` worker threads; a job over `timeoutMs` ends its worker and resolves as an error. */
export class WorkerPool {
  private slots: Slot[] = [];
  private waiting: Array<() => void> = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
    private readonly workerUrl: URL = defaultWorkerUrl(process.env),
  ) {
    // All workers start at once and load the NLP in parallel, before the first input is even read; the launcher may
    // have started some already (launch.ts: prestartWorkers).
    const early = takePrestartedWorkers(this.workerUrl);
    for (let i = 0; i < size; i++) this.slots.push({ worker: early.shift() ?? this.spawn(), busy: false });
    for (const w of early) void w.terminate();
  }

  /** Runs one job; never rejects: failures come back as `{ error }`. */
  async run(job: JobRequest): Promise<JobResult> {
    const slot = await this.acquire();
    let result: JobResult;
    try {
      result = await this.exec(slot, job);
    } finally {
      slot.busy = false;
      this.waiting.shift()?.();
    }
    // A page that outgrows a worker's heap cap (9.6 MB of "<b>a</b>" spans: ~800 MB of DOM) runs once more on a worker
    // of its own with the cap a single-input run has, so a batch gives what a run on that page alone gives.
    if (result.error?.code === OUT_OF_MEMORY && !this.closed) {
      const big = { worker: startWorker(this.workerUrl, { maxOldGenerationSizeMb: WORKER_RETRY_MAX_OLD_MB }), busy: true };
      try {
        result = await this.exec(big, job, { oneOff: true });
      } finally {
        void big.worker.terminate();
      }
      if (result.error?.code === OUT_OF_MEMORY) {
        result = { seq: result.seq, ...(result.source ? { source: result.source } : {}), error: { code: 'extract/out-of-memory', message: `processing needed more than ${WORKER_RETRY_MAX_OLD_MB} MB of memory and was stopped; the page is too big or too deeply built to extract` } };
      }
    }
    return result;
  }

  /** Ends every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      const free = this.slots.find((s) => !s.busy);
      if (free) return ((free.busy = true), free);
      if (this.slots.length < this.size) {
        const slot = { worker: this.spawn(), busy: true };
        this.slots.push(slot);
        return slot;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private spawn(): Worker {
    return startWorker(this.workerUrl, { maxYoungGenerationSizeMb: workerYoungMb(this.size) }); // unref'd: an idle pool never keeps the process alive
  }

  /** `oneOff`: the slot's worker serves this job only; it is not replaced when it ends or fails. */
  private exec(slot: Slot, job: JobRequest, opts: { oneOff?: boolean } = {}): Promise<JobResult> {
    return new Promise<JobResult>((resolve) => {
      const w = slot.worker;
      w.ref();
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const done = (r: JobResult) => {
        settled = true;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        w.unref();
        resolve(r);
      };
      // A worker that overran is ended and replaced: "a page of 10,000 nested tags" cannot stall the batch.
      const replace = () => {
        void w.terminate();
        if (!this.closed && !opts.oneOff) slot.worker = this.spawn();
      };
      // The job's clock starts once its worker has loaded: a worker started or replaced a moment ago spends ~0.3 s
      // loading the NLP, which is not this input's time. (Counted from the post, --timeout 200 failed every input of
      // a batch: each timeout replaced the worker, and the next input's clock ran through the new worker's start.)
      timer = setTimeout(() => {
        replace();
        done({ seq: job.seq, error: { code: 'internal/crash', message: `the worker did not start within ${WORKER_START_TIMEOUT_MS / 1000} s (a bug in news-extract or a broken install); the input was skipped` } });
      }, WORKER_START_TIMEOUT_MS);
      void whenWorkerReady(w).then(() => {
        if (settled) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          replace();
          done({ seq: job.seq, error: { code: 'extract/timeout', message: `processing took longer than ${this.timeoutMs} ms and was stopped; raise --timeout if the input is genuinely large` } });
        }, this.timeoutMs);
      });
      const onMessage = (r: JobResult | { ready: true }) => {
        if (!isWorkerReady(r)) done(r);
      };
      const onError = (err: Error) => {
        replace();
        if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          done({ seq: job.seq, error: { code: OUT_OF_MEMORY, message: `processing needed more than the worker's ${WORKER_MAX_OLD_MB} MB of memory` } });
        } else {
          done({ seq: job.seq, error: { code: 'internal/crash', message: `the worker failed: ${err.message} (a bug in news-extract; please report it with this input)` } });
        }
      };
      const onExit = (code: number) => {
        if (!this.closed && !opts.oneOff) slot.worker = this.spawn();
        done({ seq: job.seq, error: { code: 'internal/crash', message: `the worker exited with code ${code} (out of memory?); the input was skipped` } });
      };
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage(job);
    });
  }
}
