import type { CDPSession } from '@playwright/test';

/**
 * A trace of one start-up, printed as the page's main thread saw it: each task of more than a
 * couple of milliseconds with what it did (a script evaluated, a function called back, a forced
 * layout), and when each request was sent and answered. A CPU profile says which functions are
 * slow; this says what waits for what — a script that could have been requested earlier, a layout
 * forced in the middle of a render.
 */

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'v8',
].join(',');

let collected: TraceEvent[] = [];

export async function startTimeline(session: CDPSession): Promise<void> {
  collected = [];
  session.on('Tracing.dataCollected', (message) => {
    collected.push(...(message.value as unknown as TraceEvent[]));
  });
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
}

export async function stopTimeline(session: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await done;
  return collected;
}

const short = (url: unknown) =>
  typeof url === 'string' ? url.replace(/^https?:\/\/[^/]+\//, '').replace(/^assets\//, '') : '';

/** What a task's part did, in a few words. */
function describe(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  switch (event.name) {
    case 'EvaluateScript':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
      return `${event.name} ${short(data.url ?? data.fileName)}`;
    case 'FunctionCall':
      return `call ${String(data.functionName || '(anonymous)')} ${short(data.url)}:${String(data.lineNumber ?? '')}`;
    case 'EventDispatch':
      return `event ${String(data.type)}`;
    case 'TimerFire':
      return 'timer';
    case 'FireAnimationFrame':
      return 'animation frame';
    default:
      return event.name;
  }
}

const INTERESTING = new Set([
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'Layout',
  'UpdateLayoutTree',
  'ParseHTML',
  'Paint',
  'ParseAuthorStyleSheet',
  'MajorGC',
  'MinorGC',
  'V8.GCScavenger',
  'V8.GCFinalizeMC',
  'RunMicrotasks',
  'FireIdleCallback',
]);

/** Prints the main thread's tasks from navigation until `shownAt` (+ a little), with requests. */
export function printTimeline(events: TraceEvent[], shownAt: number): void {
  const starts = events.filter(
    (event) =>
      event.name === 'navigationStart' &&
      String(event.args?.data?.documentLoaderURL ?? '').startsWith('http'),
  );
  const start = starts.at(-1);
  if (!start) {
    process.stdout.write('no navigationStart in the trace\n');
    return;
  }
  const ms = (ts: number) => (ts - start.ts) / 1000;
  const until = shownAt + 50;
  const main = events
    .filter((event) => event.pid === start.pid && event.tid === start.tid && event.ph === 'X')
    .filter((event) => ms(event.ts) >= -1 && ms(event.ts) <= until)
    .sort((a, b) => a.ts - b.ts);
  const lines: { at: number; text: string }[] = [];
  const requests = new Map<string, string>();
  for (const event of events) {
    const data = event.args?.data ?? {};
    if (event.pid !== start.pid || ms(event.ts) < -1 || ms(event.ts) > until) continue;
    if (event.name === 'ResourceSendRequest') {
      requests.set(String(data.requestId), short(data.url));
      lines.push({ at: ms(event.ts), text: `  → request ${short(data.url)}` });
    } else if (event.cat === 'blink.user_timing' && (event.ph === 'R' || event.ph === 'I')) {
      // performance.mark() in the app (while finding out what happens when).
      if (event.tid === start.tid) lines.push({ at: ms(event.ts), text: `  ◆ mark ${event.name}` });
    } else if (event.name === 'ResourceFinish') {
      lines.push({ at: ms(event.ts), text: `  ← received ${requests.get(String(data.requestId)) ?? '?'}` });
    }
  }
  const tasks = main.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) >= 2000);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = main.filter(
      (event) => event !== task && event.ts >= task.ts && event.ts < end && INTERESTING.has(event.name),
    );
    const parts: string[] = [];
    // Nesting: a Layout inside a FunctionCall is forced by script.
    const stack: TraceEvent[] = [];
    for (const event of inside) {
      while (stack.length > 0 && stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0) <= event.ts) stack.pop();
      const dur = (event.dur ?? 0) / 1000;
      const forced =
        (event.name === 'Layout' || event.name === 'UpdateLayoutTree') &&
        stack.some((outer) => outer.name !== 'RunMicrotasks' && outer.name !== 'RunTask');
      if (dur >= 1 || forced)
        parts.push(
          `${'  '.repeat(stack.length + 2)}${dur.toFixed(1).padStart(6)} ms  ${describe(event)}${forced ? ' (forced)' : ''}`,
        );
      stack.push(event);
    }
    lines.push({
      at: ms(task.ts),
      text: `task ${((task.dur ?? 0) / 1000).toFixed(1)} ms${parts.length ? `\n${parts.join('\n')}` : ''}`,
    });
  }
  lines.sort((a, b) => a.at - b.at);
  for (const line of lines) process.stdout.write(`${line.at.toFixed(0).padStart(6)} ${line.text}\n`);
  process.stdout.write(`${shownAt.toFixed(0).padStart(6)} shown\n`);
}
