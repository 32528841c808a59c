import { importBytes } from './src/main/import/index';
const N = 1_000_000;
const cases: [string, string][] = [
  ['word.txt', 'a'.repeat(N)],
  ['word.md', 'a'.repeat(N)],
  ['dashes.txt', 'Head\n' + '- '.repeat(N / 2)],
  ['brackets.md', '['.repeat(N)],
  ['stars.md', '*a'.repeat(N / 2)],
  ['ticks.md', '`'.repeat(N)],
  ['lt.html', '<'.repeat(N)],
  ['lines.txt', 'Head\n' + 'By A B\n'.repeat(N / 8)],
  ['by.txt', 'Head\nBy ' + 'Ab '.repeat(N / 3)],
  ['by2.txt', 'Head\nBY ' + '['.repeat(N / 2)],
  ['note.txt', 'Head\nx\nUpdate, Nov. 6' + ' '.repeat(N)],
  ['stamp.txt', 'Published: ' + '1 '.repeat(N / 2)],
  ['emphasis.md', '_'.repeat(N)],
  ['links.md', '[a]('.repeat(N / 4)],
  ['lists.md', '- '.repeat(N / 2)],
  ['nested.md', '> '.repeat(N / 100) + 'x'],
  ['table.md', '|a'.repeat(N / 2) + '\n' + '|-'.repeat(N / 2)],
  ['front.md', '---\ndate: ' + 'Nov '.repeat(N / 4) + '\n---\nx'],
  ['html.html', '<p>' + '<b>'.repeat(N / 10) ],
  ['json.json', '{"headline":"x","body":"' + 'a\\n\\n'.repeat(N / 6) + '"}'],
  ['paras.txt', 'Head\n\n' + 'Line of copy here.\n\n'.repeat(N / 20)],
];
for (const [name, text] of cases) {
  const t = performance.now();
  let r = '';
  try { const a = await importBytes(name, Buffer.from(text)); r = 'ok ' + a.headline.slice(0, 20); } catch (e) { r = String((e as Error).message).slice(0, 90); }
  console.log(name.padEnd(14), (performance.now() - t).toFixed(0).padStart(7), 'ms', r);
}
