import autocannon from 'autocannon';

/** What a load test gives: requests per second, latency percentiles in ms, failures. */
export interface LoadFigure {
  rps: number;
  p50: number;
  p99: number;
  /** non-2xx answers, connection errors and timeouts */
  errors: number;
  /** requests answered within the run: without any, the latencies say nothing */
  answered: number;
}

/** What to load: one route, as GET or with a body made per request. */
export interface LoadTarget {
  base: string;
  path: string;
  token?: string;
  method?: 'GET' | 'POST';
  /** a fresh JSON body for each request */
  body?: () => unknown;
  /** each request's own path and headers (an Idempotency-Key), beside its body */
  vary?: () => { path?: string; headers?: Record<string, string> };
}

function options(target: LoadTarget, connections: number, seconds: number): autocannon.Options {
  const headers: Record<string, string> = {};
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  const makeBody = target.body;
  if (makeBody) headers['content-type'] = 'application/json';
  return {
    url: `${target.base}${target.path}`,
    connections,
    duration: seconds,
    headers,
    ...(makeBody
      ? {
          requests: [
            {
              method: target.method ?? 'POST',
              setupRequest: (request: autocannon.Request) => {
                const own = target.vary?.() ?? {};
                return {
                  ...request,
                  ...(own.path ? { path: own.path } : {}),
                  headers: { ...request.headers, ...own.headers },
                  body: JSON.stringify(makeBody()),
                };
              },
            },
          ],
        }
      : {}),
  };
}

function figure(result: autocannon.Result): LoadFigure {
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
    answered: result.requests.total,
  };
}

/** `connections` clients, each sending its next request when the last is answered. */
export async function load(
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<LoadFigure> {
  return figure(await autocannon(options(target, connections, seconds)));
}

/** The same, until stopped: for loads that last as long as some other work. */
export function startLoad(
  target: LoadTarget,
  connections: number,
): { stop: () => Promise<LoadFigure> } {
  let finished!: (result: LoadFigure) => void;
  let failed!: (error: Error) => void;
  const done = new Promise<LoadFigure>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon(options(target, connections, 24 * 3600), (error, result) =>
    error ? failed(error as Error) : finished(figure(result)),
  );
  return {
    stop: () => {
      instance.stop();
      return done;
    },
  };
}
