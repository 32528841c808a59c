/**
 * Runs inside the page (page.evaluate): for every keydown, the time from the event to the
 * first frame painted after the editor's DOM changed. "Painted" is the task after the next
 * requestAnimationFrame (rAF, then a MessageChannel message: it runs once that frame's
 * rendering is done). Also keeps Event Timing entries (≥16 ms only, as the API allows) and
 * long animation frames with the scripts that made them long, to say where time went.
 * Self-contained: no imports, it is serialized into the page.
 */
export interface KeystrokeSample {
  key: string;
  /** keydown → DOM changed (the editor's update, in the same task or a microtask). */
  domMs: number;
  /** keydown → after the next frame was produced. */
  paintMs: number;
}

export interface ProbeReport {
  samples: KeystrokeSample[];
  missed: number;
  events: { name: string; duration: number; processing: number }[];
  longFrames: { duration: number; blocking: number; scripts: { invoker: string; source: string; fn: string; duration: number }[] }[];
}

export function installProbe(selector: string): void {
  const w = window as unknown as { __probe: ProbeReport };
  const report: ProbeReport = { samples: [], missed: 0, events: [], longFrames: [] };
  w.__probe = report;
  const editable = document.querySelector(selector);
  if (!editable) throw new Error(`no ${selector} on the page`);
  document.addEventListener(
    'keydown',
    (event) => {
      const t0 = event.timeStamp;
      let seen = false;
      const observer = new MutationObserver(() => {
        if (seen) return;
        seen = true;
        observer.disconnect();
        const domMs = performance.now() - t0;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => report.samples.push({ key: event.key, domMs, paintMs: performance.now() - t0 });
          channel.port2.postMessage(null);
        });
      });
      observer.observe(editable, { subtree: true, childList: true, characterData: true, attributes: false });
      setTimeout(() => {
        if (!seen) {
          observer.disconnect();
          report.missed++;
        }
      }, 2000);
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      report.events.push({ name: e.name, duration: e.duration, processing: e.processingEnd - e.processingStart });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        duration: number;
        blockingDuration: number;
        scripts: { invoker: string; sourceURL: string; sourceFunctionName: string; duration: number }[];
      }[]) {
        report.longFrames.push({
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: e.scripts.map((s) => ({
            invoker: s.invoker,
            source: s.sourceURL.split('/').pop() ?? '',
            fn: s.sourceFunctionName,
            duration: s.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  } catch {
    // Older Chromium: no long animation frames, the samples still stand.
  }
}
