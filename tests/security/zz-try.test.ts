import { it } from 'vitest';
import { runPipeline } from '/work/main/tests/security/xss-pipeline';
import { XSS_VECTORS } from '/work/main/tests/security/xss-corpus';
it('try', async () => {
  for (const source of ['html','md','txt','json','docx'] as const) {
    const t0 = performance.now(); let refused = 0, bad = 0;
    for (const [i, v] of XSS_VECTORS.entries()) {
      const r = await runPipeline(v, i, source);
      if (r.refused) { refused++; console.log('REFUSED', source, v.name, r.refused); }
      if (r.problems.length) { bad++; console.log('PROBLEM', source, v.name, r.problems.slice(0,4)); }
    }
    console.log(source, 'ms', Math.round(performance.now()-t0), 'refused', refused, 'bad', bad);
  }
}, 600000);
