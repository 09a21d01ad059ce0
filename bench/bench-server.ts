import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A server the benchmark loads, in a process of its own: the real one (dist build, as users
 * run it: `BenchServer.real`) or the bare ceiling (`BenchServer.bare`).
 */
export class BenchServer {
  private child?: ChildProcess;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
    private readonly nodeArguments: string[],
  ) {}

  static real(port: number, env: Record<string, string>, logFile: string): BenchServer {
    return new BenchServer(port, env, logFile, startArguments());
  }

  static bare(port: number, env: Record<string, string>, logFile: string): BenchServer {
    return new BenchServer(port, env, logFile, [join(__dirname, 'bare-server.js')]);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    if (!this.child?.pid) throw new Error('server not running');
    return this.child.pid;
  }

  async start(): Promise<void> {
    // Another process answering here would be measured instead, silently.
    if (await this.answers())
      throw new Error(`port ${this.port} is taken by another process: choose another BENCH_PORT`);
    // The server's log goes next to the database, for a look when something fails.
    const log = openSync(this.logFile, 'a');
    this.child = spawn(process.execPath, this.nodeArguments, {
      // UTC as the seeder writes datetimes; the business time zone is the server's setting.
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1', TZ: 'UTC' },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    for (let i = 0; i < 600; i += 1) {
      if (this.child.exitCode !== null)
        throw new Error(`the server exited with code ${this.child.exitCode}`);
      if (await this.answers()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the server did not start within 60 s');
  }

  private async answers(): Promise<boolean> {
    try {
      return (await fetch(`${this.url}/api/health`)).ok;
    } catch {
      return false;
    }
  }

  /** Resident memory of the server process now, in MB (Linux /proc). */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  }

  /** The server process's peak resident memory since it started, in MB (Linux VmHWM). */
  peakSinceStartMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  }

  /**
   * Waits until the server's memory stops moving (within 2 MB over 3 s, 30 s at most): what a
   * start leaves behind is collected in the first seconds, and an "idle" figure taken before
   * that counts the start's garbage as the server's.
   */
  async settledRssMb(): Promise<number> {
    const samples: number[] = [];
    for (let waited = 0; waited < 30_000; waited += 500) {
      samples.push(this.rssMb());
      const last = samples.slice(-7);
      if (last.length === 7 && Math.max(...last) - Math.min(...last) <= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return this.rssMb();
  }

  /** Runs `work` while sampling the server's memory; returns its result and the peak. */
  async measurePeak<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number; ms: number }> {
    let peak = this.rssMb();
    const timer = setInterval(() => {
      peak = Math.max(peak, this.rssMb());
    }, 20);
    const started = performance.now();
    try {
      const result = await work();
      return { result, peakMb: Math.max(peak, this.rssMb()), ms: performance.now() - started };
    } finally {
      clearInterval(timer);
    }
  }

  async stop(): Promise<void> {
    if (!this.child) return;
    if (this.child.exitCode !== null || this.child.signalCode !== null) {
      this.child = undefined;
      return;
    }
    const exited = new Promise((resolve) => this.child?.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
    this.child = undefined;
  }
}

/**
 * The node arguments of `npm start` (heap size included), so that the benchmark measures the
 * server as it is run, not as a bare `node dist/src/main.js`.
 */
function startArguments(): string[] {
  const start = (
    JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
      scripts: { start: string };
    }
  ).scripts.start;
  const [command, ...args] = start.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`npm start should run node, not ${command}`);
  return args.map((arg) => (arg.endsWith('.js') ? join(process.cwd(), arg) : arg));
}
