/**
 * The shared desk, end to end: a real PostgreSQL cluster, a real hub (`copydesk hub serve`), and
 * one `copydesk serve` per person on a data folder of their own, each driven in Chromium as that
 * person would — joining through Settings › Newsroom with the one-time code the chief made.
 * Without PostgreSQL the spec fails with the command that installs it (CI installs it).
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { startCluster, postgresBin, type TestCluster } from '../hub/pg-cluster';
import { startHost, type Host } from './fixtures';

const run = promisify(execFile);
const copydesk = (...args: string[]) => run(process.execPath, ['bin/copydesk.mjs', ...args], { encoding: 'utf8' });

interface Person {
  name: string;
  role: 'reporter' | 'editor' | 'chief';
  code: string;
  host: Host;
  page: Page;
}

let cluster: TestCluster | null = null;
let hub: ChildProcess | null = null;
let hubUrl = '';
let database = '';
const people: Record<string, Person> = {};
const stops: (() => Promise<void>)[] = [];

/** `copydesk hub serve` on a free port; resolves with the address it prints. */
function startHubProcess(port = 0): Promise<string> {
  const child = spawn(process.execPath, ['bin/copydesk.mjs', 'hub', 'serve', '--database', database, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  hub = child;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`copydesk hub serve did not start: ${err}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Copydesk hub at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`copydesk hub serve exited with ${code}: ${err}`)));
  });
}

async function stopHubProcess(): Promise<void> {
  const child = hub;
  hub = null;
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

async function person(browser: Browser, name: string, role: Person['role']): Promise<Person> {
  const { stdout } = await copydesk('hub', 'user', 'add', name, '--role', role, '--database', database, '--json');
  const { code } = JSON.parse(stdout) as { code: string };
  const { host, stop } = await startHost();
  stops.push(stop);
  const context = await browser.newContext();
  stops.push(() => context.close());
  const page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  people[name] = { name, role, code, host, page };
  return people[name]!;
}

/** Settings › Newsroom, as the person would fill it in. */
async function join(p: Person): Promise<void> {
  const page = p.page;
  await page.getByRole('link', { name: 'Settings' }).click();
  const newsroom = page.getByRole('region', { name: 'Newsroom' });
  await expect(newsroom.getByText('This computer keeps its stories to itself.')).toBeVisible();
  await newsroom.getByLabel('Hub address').fill(hubUrl);
  await newsroom.getByLabel('Your name on the desk').fill(p.name);
  await newsroom.getByLabel('One-time code').fill(p.code);
  await newsroom.getByRole('button', { name: 'Join' }).click();
  // Joined: the sync bar shows who this is and that the desk is in step.
  const bar = page.getByRole('region', { name: 'Shared desk' });
  await expect(bar).toContainText(p.name);
  await expect(page.getByTestId('sync-state')).toHaveText(/^Synced/);
  await expect(newsroom.getByText(p.role, { exact: true }).first()).toBeVisible();
  await expect(newsroom.getByRole('button', { name: 'Sync now' })).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  postgresBin(); // a plain "PostgreSQL is not installed: run apt-get install postgresql" when it is missing
  cluster = await startCluster();
  database = await cluster.createDatabase();
  await copydesk('hub', 'init', '--database', database);
  hubUrl = await startHubProcess();
});

test.afterAll(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await stopHubProcess();
  cluster?.stop();
});

test('two people on one desk: join in Settings, a story travels, the lock makes it read-only, the chief takes over', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const kim = await person(browser, 'kim', 'reporter');
  const lee = await person(browser, 'lee', 'editor');

  // A wrong code is refused in the hub's own words, and nothing is joined.
  await kim.page.getByRole('link', { name: 'Settings' }).click();
  const newsroom = kim.page.getByRole('region', { name: 'Newsroom' });
  await newsroom.getByLabel('Hub address').fill(hubUrl);
  await newsroom.getByLabel('Your name on the desk').fill('kim');
  await newsroom.getByLabel('One-time code').fill('wrong-code');
  await newsroom.getByRole('button', { name: 'Join' }).click();
  await expect(newsroom.getByRole('alert')).toBeVisible();
  await expect(kim.page.getByRole('region', { name: 'Shared desk' })).toHaveCount(0);
  await kim.page.goto(kim.host.url);

  await join(kim);
  await join(lee);
  await expect(lee.page.getByRole('list', { name: 'People on the desk' })).toContainText('kim');

  // The reporter writes a story; it is saved here and sent to the hub.
  await kim.page.goto(kim.host.url);
  await kim.page.getByRole('button', { name: 'New article' }).click();
  await kim.page.getByLabel('Headline').fill('Flood gates close on the river');
  await kim.page.getByRole('textbox', { name: 'Body' }).click();
  await kim.page.keyboard.type('The city closed the flood gates at dawn.');
  await expect(kim.page.getByTestId('save-state')).toHaveText(/^Saved/);
  await expect(kim.page.getByTestId('sync-state')).toHaveText(/^Synced \d/, { timeout: 20_000 });
  const storyUrl = kim.page.url();
  const storyId = /#\/articles\/([a-z0-9]+)/.exec(storyUrl)![1]!;

  // The editor's desk shows it after the next sync round, with who is on it.
  await lee.page.goto(lee.host.url);
  const row = lee.page.getByRole('row', { name: /Flood gates close on the river/ });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText(/Being edited by kim since \d{2}:\d{2}/, { timeout: 30_000 });
  await expect(row).toContainText('Started by kim');

  // Opening it while the reporter has it open: read-only, naming the reporter.
  await row.getByRole('link', { name: 'Flood gates close on the river' }).click();
  const banner = lee.page.getByTestId('lock-banner');
  await expect(banner).toContainText(/Being edited by kim since \d{2}:\d{2}/);
  await expect(lee.page.getByLabel('Headline')).toBeDisabled();
  await expect(lee.page.getByRole('textbox', { name: 'Body' })).toHaveAttribute('contenteditable', 'false');
  await expect(lee.page.getByRole('textbox', { name: 'Body' })).toContainText('The city closed the flood gates at dawn.');
  await expect(lee.page.getByRole('button', { name: 'Take over' })).toHaveCount(0); // only the chief takes over
  await expect(lee.page.getByRole('button', { name: 'Save version' })).toBeDisabled();

  // The chief joins, takes the story over, and may edit it; the audit log records it.
  const ana = await person(browser, 'ana', 'chief');
  await join(ana);
  await ana.page.goto(`${ana.host.url.split('#')[0]}#/articles/${storyId}`);
  await expect(ana.page.getByTestId('lock-banner')).toContainText('Being edited by kim', { timeout: 30_000 });
  await ana.page.getByRole('button', { name: 'Take over' }).click();
  await expect(ana.page.getByTestId('lock-banner')).toHaveCount(0);
  await expect(ana.page.getByLabel('Headline')).toBeEnabled();
  await expect(ana.page.getByRole('textbox', { name: 'Body' })).toHaveAttribute('contenteditable', 'true');
  await expect(ana.page.getByRole('textbox', { name: 'Body' })).toContainText('The city closed the flood gates at dawn.');

  // The chief assigns it to the editor from the desk; the editor's "Assigned to me" finds it.
  await ana.page.goto(ana.host.url);
  const anaRow = ana.page.getByRole('row', { name: /Flood gates close on the river/ });
  await anaRow.getByRole('button', { name: 'Assign Flood gates close on the river' }).click();
  await anaRow.getByLabel('Assign Flood gates close on the river to').selectOption('lee');
  await expect(anaRow).toContainText('Assigned to lee');

  await ana.page.getByRole('link', { name: 'Settings' }).click();
  await ana.page.getByRole('link', { name: 'Audit log' }).click();
  const audit = ana.page.getByRole('table', { name: 'Audit log' });
  await expect(audit.getByRole('row').nth(1)).toContainText('Assigned the story to lee');
  await expect(audit).toContainText('Took over the story from kim');
  await expect(audit).toContainText('Flood gates close on the river');
  await expect(ana.page.getByTestId('audit-broken')).toHaveCount(0);

  await lee.page.goto(`${lee.host.url.split('#')[0]}#/?assigned=1`);
  await expect(lee.page.getByRole('checkbox', { name: 'Assigned to me' })).toBeChecked();
  await expect(lee.page.getByRole('row', { name: /Flood gates close on the river/ })).toContainText('Assigned to you', { timeout: 30_000 });
  await lee.page.getByRole('checkbox', { name: 'Mine' }).check();
  await lee.page.getByRole('checkbox', { name: 'Assigned to me' }).uncheck();
  await expect(lee.page).toHaveURL(/mine=1/);
  await expect(lee.page).not.toHaveURL(/assigned=1/);
  await expect(lee.page.getByText('You have not started any story on this desk yet.')).toBeVisible();
});

test('a refused edit shows the desk’s reason once, without retrying; offline, edits stay on this computer', async () => {
  test.setTimeout(240_000);
  const { kim, lee } = people as Record<'kim' | 'lee', Person>;

  // The editor writes a story of their own and closes it.
  await lee.page.goto(lee.host.url);
  await lee.page.getByRole('button', { name: 'New article' }).click();
  await lee.page.getByLabel('Headline').fill('Bridge inspection finds cracks');
  await lee.page.getByRole('textbox', { name: 'Body' }).click();
  await lee.page.keyboard.type('Inspectors found cracks in two piers.');
  await expect(lee.page.getByTestId('save-state')).toHaveText(/^Saved/);
  await lee.page.getByRole('link', { name: '← Desk' }).click();
  await expect(lee.page.getByTestId('sync-state')).toHaveText(/^Synced \d/, { timeout: 20_000 });

  // The reporter may read it but not change it: the desk's reason is shown, and nothing retries.
  await kim.page.goto(kim.host.url);
  const row = kim.page.getByRole('row', { name: /Bridge inspection finds cracks/ });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.getByRole('link', { name: 'Bridge inspection finds cracks' }).click();
  const leeRow = lee.page.getByRole('row', { name: /Bridge inspection finds cracks/ });
  await kim.page.getByRole('textbox', { name: 'Body' }).click();
  await kim.page.keyboard.press('End');
  await kim.page.keyboard.type(' More.');
  const refused = kim.page.getByTestId('refused-banner');
  await expect(refused).toContainText('Reporters edit their own stories and those assigned to them');
  await expect(kim.page.getByTestId('save-state')).toHaveText('Not saved — refused by the desk');
  await expect(kim.page.getByLabel('Headline')).toBeDisabled();
  // The hub never let her hold the story (only someone who may change it may keep others out),
  // so it stays free for those who may edit it.
  await expect(leeRow).toBeVisible();
  await expect(leeRow).not.toContainText('Being edited by kim');
  const saves: string[] = [];
  kim.page.on('request', (r) => r.url().endsWith('/api/saveDraft') && saves.push(r.url()));
  await kim.page.waitForTimeout(4000); // a failing save would have been retried after 1 s and 2 s
  expect(saves).toEqual([]);
  await expect(refused.getByRole('button', { name: 'Discard my changes' })).toBeVisible();
  kim.page.once('dialog', (d) => void d.accept()); // the page asks before dropping unsaved text
  await refused.getByRole('button', { name: 'Discard my changes' }).click();
  await expect(kim.page.getByRole('textbox', { name: 'Body' })).toHaveText('Inspectors found cracks in two piers.');

  // The hub goes away: the bar says so, a new story is written anyway and waits on this computer.
  const port = new URL(hubUrl).port;
  await stopHubProcess();
  await kim.page.goto(kim.host.url);
  await kim.page.getByRole('button', { name: 'New article' }).click();
  await kim.page.getByLabel('Headline').fill('Power cut in the old town');
  await expect(kim.page.getByTestId('offline-banner')).toHaveText(
    'Offline — your edits stay on this computer and sync when the hub is back.',
    { timeout: 30_000 },
  );
  await expect(kim.page.getByTestId('save-state')).toHaveText(/^Saved/);
  await expect(kim.page.getByTestId('sync-state')).toHaveText(/^Offline — [1-9]\d* changes? waiting$/, { timeout: 30_000 });

  // The hub is back: the waiting change goes out and the editor's desk shows the story.
  hubUrl = await startHubProcess(Number(port));
  await expect(kim.page.getByTestId('sync-state')).toHaveText(/^Synced \d/, { timeout: 60_000 });
  await kim.page.getByRole('button', { name: 'Save version' }).click();
  await kim.page.getByLabel('Version label (optional)').fill('Filed');
  await kim.page.getByRole('dialog').getByRole('button', { name: 'Save version' }).click();
  await expect(kim.page.getByTestId('sync-state')).toHaveText(/^Synced \d/, { timeout: 30_000 });
  await lee.page.goto(lee.host.url);
  const powerCut = lee.page.getByRole('row', { name: /Power cut in the old town/ });
  await expect(powerCut).toBeVisible({ timeout: 30_000 });

  // The editor's History names the reporter as the author of the version she filed.
  await powerCut.getByRole('link', { name: 'Power cut in the old town' }).click();
  await lee.page.getByRole('link', { name: 'History' }).click();
  const filed = lee.page.getByRole('list', { name: 'Versions' }).getByRole('listitem').filter({ hasText: '“Filed”' });
  await expect(filed).toContainText(/Saved · .* · kim/);
});

test('a folder joined to one hub asks before joining another', async () => {
  const { kim } = people as Record<'kim', Person>;
  await kim.page.goto(`${kim.host.url.split('#')[0]}#/settings`);
  const newsroom = kim.page.getByRole('region', { name: 'Newsroom' });
  await newsroom.getByRole('button', { name: 'Join another hub…' }).click();
  await newsroom.getByLabel('Hub address').fill('http://127.0.0.1:9');
  await newsroom.getByLabel('Your name on the desk').fill('kim');
  await newsroom.getByLabel('One-time code').fill('abcd-efgh');
  await newsroom.getByRole('button', { name: 'Join' }).click();
  const refusal = newsroom.getByRole('alert');
  await expect(refusal).toContainText(`This data folder is joined to the hub at ${hubUrl} (as kim)`);
  // Confirmed, the same request goes out again and says plainly why it failed this time.
  await refusal.getByRole('button', { name: 'Switch hub' }).click();
  await expect(refusal).toContainText('cannot be reached');
  await expect(refusal.getByRole('button', { name: 'Switch hub' })).toHaveCount(0);
  // Still on the first desk.
  await expect(newsroom.getByText(hubUrl, { exact: true })).toBeVisible();
  await expect(kim.page.getByTestId('sync-state')).toHaveText(/^Synced/);
});

test('the chief adds a person in Settings; the audit view warns when the log was changed behind the hub’s back', async () => {
  const { ana } = people as Record<'ana', Person>;
  await ana.page.goto(`${ana.host.url.split('#')[0]}#/settings`);
  const addForm = ana.page.getByRole('form', { name: 'Add a person' });
  await addForm.getByLabel('Name').fill('ben');
  await addForm.getByRole('button', { name: 'Add person' }).click();
  await expect(ana.page.getByTestId('new-code')).toContainText('ben (reporter) joins with this one-time code');
  const ben = ana.page.getByRole('table', { name: 'People on the desk' }).getByRole('row', { name: /ben/ });
  await expect(ben).toContainText('Code not used yet');

  await ana.page.getByRole('link', { name: 'Audit log' }).click();
  await expect(ana.page.getByRole('table', { name: 'Audit log' }).getByRole('row').nth(1)).toContainText(
    'Added ben as reporter of the desk',
  );
  await expect(ana.page.getByRole('table', { name: 'Audit log' })).toContainText('Took over the story from kim');
  await expect(ana.page.getByTestId('audit-broken')).toHaveCount(0);
  // Someone with the database owner's rights rewrites who took the story over.
  const db = new pg.Client({ connectionString: database });
  await db.connect();
  try {
    await db.query('ALTER TABLE audit DISABLE TRIGGER audit_append_only');
    await db.query(`UPDATE audit SET actor = 'lee' WHERE action = 'take-over'`);
    await db.query('ALTER TABLE audit ENABLE TRIGGER audit_append_only');
  } finally {
    await db.end();
  }
  await ana.page.getByRole('button', { name: 'Refresh' }).click();
  await expect(ana.page.getByTestId('audit-broken')).toContainText('Warning: this audit log does not verify.');
});

test('closing a story lets go of it, even when the page goes away right after', async () => {
  const { kim, lee } = people as Record<'kim' | 'lee', Person>;
  await lee.page.goto(`${lee.host.url.split('#')[0]}#/`);
  const leeRow = lee.page.getByRole('row', { name: /Power cut in the old town/ });
  await expect(leeRow).not.toContainText('Being edited by kim', { timeout: 30_000 });

  await kim.page.goto(`${kim.host.url.split('#')[0]}#/`);
  await kim.page.getByRole('link', { name: 'Power cut in the old town' }).click();
  await expect(kim.page.getByLabel('Headline')).toBeEnabled();
  await expect(leeRow).toContainText(/Being edited by kim since \d{2}:\d{2}/, { timeout: 30_000 });
  // An edit, back to the desk and a reload at once: the release waits for the closing save and its
  // sync round, and must still go out when the page goes away first.
  await kim.page.getByRole('textbox', { name: 'Body' }).click();
  await kim.page.keyboard.press('End');
  await kim.page.keyboard.type(' Crews worked through the night.');
  await kim.page.getByRole('link', { name: '← Desk' }).click();
  await expect(kim.page.getByRole('button', { name: 'New article' })).toBeVisible();
  await kim.page.reload();
  await expect(leeRow).not.toContainText('Being edited by kim', { timeout: 30_000 });
});

test('a laptop whose session ended says so and signs in again with a new code', async () => {
  const { kim } = people as Record<'kim', Person>;
  const db = new pg.Client({ connectionString: database });
  await db.connect();
  try {
    await db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = (SELECT id FROM users WHERE name = 'kim')`);
  } finally {
    await db.end();
  }
  await kim.page.goto(`${kim.host.url.split('#')[0]}#/settings`);
  const newsroom = kim.page.getByRole('region', { name: 'Newsroom' });
  await newsroom.getByRole('button', { name: 'Sync now' }).click();
  await expect(kim.page.getByTestId('sync-state')).toHaveText(/^Signed out — /, { timeout: 30_000 });
  await expect(newsroom.getByRole('heading', { name: 'Sign in again' })).toBeVisible();
  await expect(newsroom.getByLabel('Hub address')).toHaveValue(hubUrl);
  await expect(newsroom.getByLabel('Your name on the desk')).toHaveValue('kim');

  const { stdout } = await copydesk('hub', 'user', 'code', 'kim', '--database', database, '--json');
  await newsroom.getByLabel('One-time code').fill((JSON.parse(stdout) as { code: string }).code);
  await newsroom.getByRole('button', { name: 'Join' }).click();
  await expect(kim.page.getByTestId('sync-state')).toHaveText(/^Synced/, { timeout: 30_000 });
  await expect(newsroom.getByRole('heading', { name: 'Sign in again' })).toHaveCount(0);
});
