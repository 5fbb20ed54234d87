// Browser end-to-end test of the Candor public business page.
//
//   node e2e/run.mjs            (scripts/test.sh builds target/debug/candor first)
//
// Environment:
//   CANDOR_BIN      the candor binary (default <repo>/target/debug/candor)
//   CHROMIUM_PATH   the browser (default /usr/bin/chromium)
//   E2E_VERBOSE=1   stream the server's output as it runs
//   E2E_KEEP=1      keep the temporary data dir even when everything passes
//
// It creates an organisation and a business in a fresh data dir, serves it on
// a free port, seeds ratings by the API, submits a hostile review through the
// public form in headless Chromium and checks that the page escapes it and
// shows the right star distribution, also with JavaScript disabled.

import { spawn, execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const BIN = process.env.CANDOR_BIN || path.join(ROOT, 'target', 'debug', 'candor');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const VERBOSE = !!process.env.E2E_VERBOSE;
const RESULTS = path.join(HERE, 'test-results');

const ORG = 'E2E Org';
const OWNER_EMAIL = 'owner@e2e.test';
const SLUG = 'e2e-shop';
const BUSINESS_NAME = 'E2E Shop';

const HOSTILE = {
  rating: 2,
  title: '<script>window.pwned && window.pwned()</script>Bad <b>bold</b>',
  body: '<img src=x onerror="window.pwned && window.pwned()"> & "quotes" <script>alert(1)</script>',
  author_name: '<i>Eve</i>',
  author_email: 'eve@e2e.test',
};

// Ratings seeded through the API before the browser submits HOSTILE.rating.
const SEED = [5, 5, 5, 4, 1, 1];
const EXPECTED = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
for (const r of [...SEED, HOSTILE.rating]) EXPECTED[r] += 1;
const EXPECTED_TOTAL = SEED.length + 1;
const EXPECTED_MEAN = [...SEED, HOSTILE.rating].reduce((a, b) => a + b, 0) / EXPECTED_TOTAL;

// ------------------------------------------------------------------ reporting
let passed = 0;
let failed = 0;
const failures = [];

function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`PASS ${name}`);
  } else {
    failed += 1;
    failures.push(name);
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
  return ok;
}

function checkEq(name, actual, expected) {
  return check(name, actual === expected,
    `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

class Fatal extends Error {}

function fatal(name, detail) {
  check(name, false, detail);
  throw new Fatal(name);
}

// ------------------------------------------------------------------ processes
function run(args) {
  return new Promise((resolve, reject) => {
    execFile(BIN, args, { timeout: 60_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) {
        err.message += `\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

let server = null;
let serverLog = '';
let serverExit = null;

function startServer(dataDir, port) {
  const child = spawn(BIN, ['serve', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUST_BACKTRACE: process.env.RUST_BACKTRACE || '1' },
  });
  const keep = (chunk, stream) => {
    const text = chunk.toString();
    serverLog += text;
    if (serverLog.length > 2_000_000) serverLog = serverLog.slice(-1_000_000);
    if (VERBOSE) stream.write(text);
  };
  child.stdout.on('data', (c) => keep(c, process.stdout));
  child.stderr.on('data', (c) => keep(c, process.stderr));
  child.on('exit', (code, signal) => { serverExit = { code, signal }; });
  child.on('error', (err) => { serverExit = { error: err.message }; });
  return child;
}

function killServer() {
  if (server && serverExit === null) {
    try { server.kill('SIGKILL'); } catch { /* already gone */ }
  }
}

async function stopServer() {
  if (!server || serverExit !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = setTimeout(killServer, 5_000);
  await exited;
  clearTimeout(timer);
}

// A crash of this script must not leave the server running.
process.on('exit', killServer);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.log(`FAIL interrupted by ${sig}`);
    killServer();
    process.exit(1);
  });
}

async function waitForHealth(base, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (serverExit !== null) return `server exited early: ${JSON.stringify(serverExit)}`;
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return null;
      last = `status ${res.status}`;
    } catch (err) {
      last = err.cause?.code || err.message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return `no 200 from /healthz within ${timeoutMs / 1000}s (last: ${last})`;
}

async function fetchJson(url, init = {}) {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, json, text };
}

// ------------------------------------------------------------------ page helpers
const norm = (s) => (s ?? '').trim();

async function chooseRating(page, form, value) {
  const v = String(value);
  const select = form.locator('select[name="rating"]');
  if (await select.count()) {
    await select.selectOption(v);
    return (await select.inputValue()) === v;
  }
  const radio = form.locator(`input[name="rating"][value="${v}"]`);
  if (!(await radio.count())) return false;
  // Star widgets often hide the radios and style their labels instead.
  try {
    await radio.check({ timeout: 3_000 });
  } catch {
    const id = await radio.getAttribute('id');
    const label = id ? form.locator(`label[for="${id}"]`) : null;
    if (label && (await label.count())) {
      await label.first().click({ timeout: 3_000 }).catch(() => {});
    }
    if (!(await radio.isChecked())) {
      await radio.evaluate((el) => {
        el.checked = true;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
  }
  return radio.isChecked();
}

function isoDaysAgo(days) {
  const d = new Date(Date.now() - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

// ------------------------------------------------------------------ the test
async function main() {
  console.log(`e2e: candor binary ${BIN}`);
  if (!existsSync(BIN)) fatal('candor binary exists', `${BIN} not found (run cargo build -p candor)`);
  if (!existsSync(CHROMIUM)) fatal('chromium exists', `${CHROMIUM} not found (apt-get install chromium)`);

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'candor-e2e-'));
  let browser = null;
  let ok = false;
  try {
    // --- set up the organisation, business and server
    let owner;
    try {
      owner = await run(['admin', 'create-owner', '--data-dir', dataDir, '--org', ORG, '--email', OWNER_EMAIL]);
    } catch (err) {
      fatal('admin create-owner', err.message);
    }
    check('admin create-owner prints "password: <pw>"',
      /^\s*password:\s*\S+/m.test(owner.stdout + owner.stderr), JSON.stringify(owner.stdout.slice(0, 500)));

    try {
      await run(['admin', 'create-business', '--data-dir', dataDir, '--org', ORG, '--slug', SLUG, '--name', BUSINESS_NAME]);
      check('admin create-business', true);
    } catch (err) {
      fatal('admin create-business', err.message);
    }

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = startServer(dataDir, port);
    const healthErr = await waitForHealth(base, 30_000);
    if (healthErr) fatal('server answers /healthz', healthErr);
    check('server answers /healthz', true);

    // --- seed ratings through the API
    for (const [i, rating] of SEED.entries()) {
      const res = await fetchJson(`${base}/api/v1/businesses/${SLUG}/reviews`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          rating,
          title: `Seed review ${i + 1}`,
          body: `Seeded by the e2e test with ${rating} stars. Plain text only.`,
          author_name: `Seeder ${i + 1}`,
          author_email: `seed${i + 1}@e2e.test`,
          language: 'en',
        }),
      });
      const good = res.status === 201 && res.json && res.json.id != null
        && typeof res.json.status === 'string' && typeof res.json.edit_token === 'string';
      if (!check(`API seeds review ${i + 1} (${rating}★): 201 {id,status,edit_token}`, good,
        `status ${res.status}, body ${res.text.slice(0, 300)}`)) {
        throw new Fatal('seeding');
      }
      if (i === 0) console.log(`     (new review status: ${JSON.stringify(res.json.status)})`);
    }

    // --- the browser
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const dialogs = [];
    const consoleMsgs = [];
    const pageErrors = [];
    await context.addInitScript(() => {
      window.__xss = false;
      Object.defineProperty(window, 'pwned', {
        value: () => { window.__xss = true; },
        writable: false,
        configurable: false,
      });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    page.on('console', (m) => consoleMsgs.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => pageErrors.push(String(e)));

    const pageUrl = `${base}/b/${SLUG}`;
    let res = await page.goto(pageUrl);
    if (!check('public page loads (200)', res?.status() === 200, `status ${res?.status()}`)) {
      throw new Fatal('public page');
    }

    // --- submit the hostile review through the form
    const form = page.locator('form#review-form');
    if (!check('form#review-form present', (await form.count()) === 1, `${await form.count()} found`)) {
      throw new Fatal('form');
    }
    checkEq('form method is POST', norm(await form.getAttribute('method')).toUpperCase(), 'POST');
    const action = await form.getAttribute('action');
    checkEq('form action', action && new URL(action, pageUrl).pathname, `/b/${SLUG}/reviews`);

    check('rating 2 selected', await chooseRating(page, form, HOSTILE.rating));
    await form.locator('[name="title"]').fill(HOSTILE.title);
    await form.locator('[name="body"]').fill(HOSTILE.body);
    await form.locator('[name="author_name"]').fill(HOSTILE.author_name);
    await form.locator('[name="author_email"]').fill(HOSTILE.author_email);
    const language = form.locator('select[name="language"]');
    if (await language.count()) {
      const hasEn = await language.locator('option[value="en"]').count();
      if (hasEn) await language.selectOption('en');
    }
    const experienced = form.locator('input[name="experienced_on"]');
    if (await experienced.count()) await experienced.fill(isoDaysAgo(10));

    const submit = form.locator('button[type="submit"]');
    if (!check('submit button present', (await submit.count()) >= 1)) throw new Fatal('submit');
    const postDone = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/b/${SLUG}/reviews`,
    );
    const navDone = page.waitForNavigation({ waitUntil: 'load' });
    await submit.first().click();
    const postRes = await postDone;
    await navDone;
    check('form POST accepted (2xx/3xx)', postRes.status() >= 200 && postRes.status() < 400,
      `status ${postRes.status()}`);
    const editLink = page.locator('a#edit-link');
    const editCount = await editLink.count();
    if (check('thank-you page has a#edit-link', editCount === 1,
      `${editCount} found at ${page.url()}; page text: ${norm(await page.locator('body').innerText()).slice(0, 300)}`)) {
      const href = await editLink.getAttribute('href');
      check('edit link has an href', !!href && href !== '#', JSON.stringify(href));
    }
    check('no script ran on the thank-you page',
      !(await page.evaluate(() => window.__xss === true)) && dialogs.length === 0,
      `__xss=${await page.evaluate(() => window.__xss)}, dialogs=${JSON.stringify(dialogs)}`);

    // --- the public page again
    res = await page.goto(pageUrl);
    check('public page reloads (200)', res?.status() === 200, `status ${res?.status()}`);
    await page.waitForLoadState('load');

    checkEq('no dialog fired', dialogs.length, 0);
    checkEq('window.pwned() was never called', await page.evaluate(() => window.__xss === true), false);
    checkEq('no img[src=x] in the page', await page.evaluate(
      () => [...document.querySelectorAll('img')].filter((i) => i.getAttribute('src') === 'x').length), 0);
    checkEq('no injected <b>/<i> markup', await page.evaluate(
      () => [...document.querySelectorAll('b, i')].filter((e) => ['bold', 'Eve'].includes(e.textContent.trim())).length), 0);
    // Executable scripts only: a JSON-LD block may rightly quote the review as data.
    checkEq('no injected <script> elements', await page.evaluate(
      () => [...document.querySelectorAll('script')]
        .filter((s) => ['', 'module', 'text/javascript', 'application/javascript'].includes((s.getAttribute('type') || '').trim().toLowerCase()))
        .filter((s) => /pwned|alert\(1\)/.test(s.textContent)).length), 0);
    const badJsonLd = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')]
      .filter((s) => { try { JSON.parse(s.textContent); return false; } catch { return true; } }).length);
    checkEq('JSON-LD blocks (if any) are valid JSON', badJsonLd, 0);

    // The list proper; the two spotlight cards above it repeat reviews by design.
    const reviews = await page.locator('section.reviews article.review').evaluateAll((els) => els.map((el) => ({
      rating: el.getAttribute('data-rating'),
      title: el.querySelector('.review-title')?.textContent ?? null,
      body: el.querySelector('.review-body')?.textContent ?? null,
      text: el.textContent,
    })));
    const mine = reviews.filter((r) => norm(r.title) === HOSTILE.title);
    if (check('hostile review shown once, title verbatim', mine.length === 1,
      `${mine.length} matches among ${reviews.length} article.review; titles: ${JSON.stringify(reviews.map((r) => norm(r.title)))}`)) {
      checkEq('hostile review body verbatim', norm(mine[0].body), HOSTILE.body);
      checkEq('hostile review data-rating', mine[0].rating, String(HOSTILE.rating));
    }
    check('all reviews listed', reviews.length >= EXPECTED_TOTAL, `${reviews.length} article.review, expected ${EXPECTED_TOTAL}`);

    // --- the star distribution against the API and against what we submitted
    const api = await fetchJson(`${base}/api/v1/businesses/${SLUG}`, { headers: { accept: 'application/json' } });
    if (!check('GET /api/v1/businesses/{slug} (200 JSON)', api.status === 200 && !!api.json,
      `status ${api.status}, body ${api.text.slice(0, 300)}`)) {
      throw new Fatal('api');
    }
    checkEq('API slug', api.json.slug, SLUG);
    checkEq('API name', api.json.name, BUSINESS_NAME);
    checkEq('API count', Number(api.json.count), EXPECTED_TOTAL);
    check('API mean', api.json.mean != null && Math.abs(Number(api.json.mean) - EXPECTED_MEAN) < 0.01,
      `expected ≈${EXPECTED_MEAN.toFixed(4)}, got ${JSON.stringify(api.json.mean)}`);
    check('API score present', api.json.score !== undefined, JSON.stringify(api.json));
    const apiDist = api.json.distribution || {};
    for (let s = 5; s >= 1; s--) {
      checkEq(`API distribution[${s}] = submitted`, Number(apiDist[String(s)]), EXPECTED[s]);
    }

    const rows = await page.locator('.dist-row').evaluateAll((els) => els.map((el) => ({
      stars: el.getAttribute('data-stars'),
      count: el.getAttribute('data-count'),
      countText: el.querySelector('.dist-count')?.textContent ?? null,
      width: el.querySelector('.dist-bar')?.style.width ?? null,
    })));
    checkEq('5 .dist-row elements', rows.length, 5);
    const apiTotal = [1, 2, 3, 4, 5].reduce((a, s) => a + Number(apiDist[String(s)] ?? 0), 0);
    for (let s = 5; s >= 1; s--) {
      const row = rows.find((r) => r.stars === String(s));
      if (!check(`.dist-row[data-stars=${s}] present`, !!row)) continue;
      const want = Number(apiDist[String(s)]);
      checkEq(`${s}★ data-count = API`, row.count, String(want));
      checkEq(`${s}★ .dist-count text = API`, norm(row.countText), String(want));
      checkEq(`${s}★ data-count = submitted`, Number(row.count), EXPECTED[s]);
      const pct = /^\s*([0-9.]+)%\s*$/.exec(row.width ?? '');
      const expectPct = apiTotal ? Math.round((want / apiTotal) * 100) : 0;
      check(`${s}★ bar width ≈ ${expectPct}%`, !!pct && Math.abs(Number(pct[1]) - expectPct) <= 1,
        `inline width ${JSON.stringify(row.width)}`);
    }

    await mkdir(RESULTS, { recursive: true });
    // --- search from the page's own form
    await page.goto(pageUrl);
    await page.locator('form.filters input[name="q"]').fill('seeded stars');
    await Promise.all([page.waitForNavigation(), page.locator('form.filters button[type="submit"]').click()]);
    checkEq('search: the URL carries q', new URL(page.url()).searchParams.get('q'), 'seeded stars');
    checkEq('search: 6 seeded reviews match', await page.locator('.search-total').getAttribute('data-total'), String(SEED.length));
    checkEq('search: 6 matches listed', await page.locator('#reviews article.review').count(), SEED.length);
    checkEq('search: best match first by default',
      await page.locator('form.filters select[name="sort"]').inputValue(), 'relevance');
    const hostileQuery = '<img src=x onerror="window.pwned && window.pwned()">';
    await page.locator('form.filters input[name="q"]').fill(hostileQuery);
    await Promise.all([page.waitForNavigation(), page.locator('form.filters button[type="submit"]').click()]);
    checkEq('search: a hostile query is kept as typed', await page.locator('form.filters input[name="q"]').inputValue(), hostileQuery);
    checkEq('search: no img element from the query', await page.locator('img[src="x"]').count(), 0);
    check('search: no script ran', !(await page.evaluate(() => window.__xss)));

    await page.screenshot({ path: path.join(RESULTS, 'public-page.png'), fullPage: true });
    console.log(`     screenshot: ${path.relative(ROOT, path.join(RESULTS, 'public-page.png'))}`);
    if (consoleMsgs.length) console.log(`     console messages:\n       ${consoleMsgs.join('\n       ')}`);
    if (pageErrors.length) console.log(`     page errors:\n       ${pageErrors.join('\n       ')}`);
    await context.close();

    // --- the page without JavaScript
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await noJs.newPage();
    p2.setDefaultTimeout(15_000);
    const r2 = await p2.goto(pageUrl);
    checkEq('no-JS: page loads (200)', r2?.status(), 200);
    checkEq('no-JS: form#review-form present', await p2.locator('form#review-form').count(), 1);
    check('no-JS: submit button present', (await p2.locator('form#review-form button[type="submit"]').count()) >= 1);
    check('no-JS: rating inputs present', (await p2.locator('form#review-form [name="rating"]').count()) >= 1);
    checkEq('no-JS: 5 .dist-row elements', await p2.locator('.dist-row').count(), 5);
    check('no-JS: hostile review rendered', (await p2.locator('article.review .review-title')
      .filter({ hasText: 'Bad <b>bold</b>' }).count()) >= 1);
    await noJs.close();

    await recoveryCase(browser, base, owner);
    await insightPages(browser, base, owner);

    ok = failed === 0;
  } catch (err) {
    if (!(err instanceof Fatal)) check('test ran to completion', false, err.stack || String(err));
  } finally {
    if (browser) await browser.close().catch(() => {});
    await stopServer();
    if (failed > 0 && server) {
      console.log(`\n--- candor serve output (last 8000 chars; exit ${JSON.stringify(serverExit)}) ---`);
      console.log(serverLog.slice(-8000) || '(none)');
      console.log('--- end of server output ---');
    }
    if (ok && !process.env.E2E_KEEP) {
      await rm(dataDir, { recursive: true, force: true });
    } else {
      console.log(`     data dir kept: ${dataDir}`);
    }
  }
}

// The staff side of a recovery case in the browser: the 1-2 star reviews
// opened cases on arrival; the case page shows the hostile review inertly,
// says Candor never asks for a review to change, and takes a step.
async function recoveryCase(browser, base, owner) {
  const password = /password:\s*(\S+)/.exec(owner.stdout + owner.stderr)?.[1];
  if (!check('owner password printed', !!password)) return;
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__xss = false;
    window.pwned = () => { window.__xss = true; };
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${base}/login`);
  await page.locator('#login-form input[name="email"]').fill(OWNER_EMAIL);
  await page.locator('#login-form input[name="password"]').fill(password);
  await Promise.all([page.waitForNavigation(), page.locator('#login-form button[type="submit"]').click()]);
  const res = await page.goto(`${base}/dashboard/b/${SLUG}`);
  checkEq('dashboard: loads (200)', res?.status(), 200);
  const cases = page.locator('#cases ol.case-list a');
  const expectedCases = [...SEED, HOSTILE.rating].filter((r) => r <= 2).length;
  checkEq('dashboard: one case per 1-2 star review', await cases.count(), expectedCases);
  let found = false;
  for (let i = 0; i < (await cases.count()) && !found; i += 1) {
    await page.goto(`${base}/dashboard/b/${SLUG}`);
    await Promise.all([page.waitForNavigation(), page.locator('#cases ol.case-list a').nth(i).click()]);
    found = (await page.locator('blockquote.case-review').textContent()).includes('<img src=x');
  }
  check('case page: the hostile review is shown as text', found);
  checkEq('case page: no img element from the review', await page.locator('img[src="x"]').count(), 0);
  check('case page: no script ran', !(await page.evaluate(() => window.__xss)));
  check('case page: says Candor never asks for a review to change',
    (await page.locator('.no-pressure').textContent()).includes('never asks'));
  await page.locator('form.case-step select[name="action"]').selectOption('close_without_contact');
  await page.locator('form.case-step textarea[name="note"]').fill('Customer asked not to be contacted.');
  await Promise.all([page.waitForNavigation(), page.locator('form.case-step > fieldset > button[type="submit"]').click()]);
  checkEq('case page: the step is taken', norm(await page.locator('.case-state').textContent()), 'closed without contact');
  check('case page: the note is in the history',
    (await page.locator('.case-history').textContent()).includes('Customer asked not to be contacted.'));
  checkEq('case page: an ended case offers no further step', await page.locator('form.case-step').count(), 0);
  await page.screenshot({ path: path.join(RESULTS, 'case-page.png'), fullPage: true });
  await context.close();
}

// The insight pages in the browser: the dashboard's server-drawn charts
// (with and without JavaScript) agree with the API, the 40:1 example comes
// out of the economics page, a promise is registered, and a report is
// shared through a link that works without logging in.
async function insightPages(browser, base, owner) {
  const password = /password:\s*(\S+)/.exec(owner.stdout + owner.stderr)?.[1];
  if (!password) return;
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__xss = false;
    window.pwned = () => { window.__xss = true; };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.setDefaultTimeout(15_000);
  await page.goto(`${base}/login`);
  await page.locator('#login-form input[name="email"]').fill(OWNER_EMAIL);
  await page.locator('#login-form input[name="password"]').fill(password);
  await Promise.all([page.waitForNavigation(), page.locator('#login-form button[type="submit"]').click()]);

  const res = await page.goto(`${base}/dashboard/b/${SLUG}/insights`);
  checkEq('insights: loads (200)', res?.status(), 200);
  for (const id of ['chart-trend', 'chart-distribution', 'chart-aspects']) {
    const svg = page.locator(`svg#${id}`);
    checkEq(`insights: svg#${id} drawn by the server`, await svg.count(), 1);
    checkEq(`insights: svg#${id} has role=img`, await svg.getAttribute('role'), 'img');
    check(`insights: svg#${id} has a title`, norm(await svg.locator('title').first().textContent()).length > 0);
  }
  const api = await page.request.get(`${base}/api/v1/staff/businesses/${SLUG}/insights`);
  checkEq('insights API: 200 with the session', api.status(), 200);
  const figures = await api.json();
  checkEq('insights API: every review of the year counted', figures.range.reviews, EXPECTED_TOTAL);
  const shown = await page.locator('.big-score').getAttribute('data-score');
  check('insights: the page shows the API score',
    Math.abs(Number(shown.replace(',', '.')) - figures.score.score) < 0.01, `${shown} vs ${figures.score.score}`);
  const bars = await page.locator('svg#chart-distribution rect.stars-5').count();
  check('insights: 5-star bars drawn', bars >= 1, `${bars}`);
  check('insights: no script ran, no page error', !(await page.evaluate(() => window.__xss)) && errors.length === 0,
    errors.join('; '));
  await page.screenshot({ path: path.join(RESULTS, 'insights.png'), fullPage: true });

  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
  const p2 = await noJs.newPage();
  const r2 = await p2.goto(`${base}/dashboard/b/${SLUG}/insights?period=week`);
  checkEq('insights no-JS: loads (200)', r2?.status(), 200);
  checkEq('insights no-JS: the trend chart is there', await p2.locator('svg#chart-trend').count(), 1);
  await noJs.close();

  const seed = 'target=4&happy_review_probability=0.1&unhappy_review_probability=1&happy_stars=5&unhappy_stars=1';
  await page.goto(`${base}/dashboard/b/${SLUG}/economics?${seed}`);
  const headline = norm(await page.locator('.economics-headline').textContent());
  check('economics: the seed inputs give 40 good experiences per bad review', /\b40\b/.test(headline), headline);

  await page.goto(`${base}/dashboard/b/${SLUG}/promises`);
  await page.locator('.promise-add input[name="text"]').fill('Delivery within <b>24</b> hours');
  await Promise.all([page.waitForNavigation(), page.locator('.promise-add button[type="submit"]').click()]);
  check('promises: the new promise is listed, escaped',
    (await page.locator('section.promise h2').first().textContent()).includes('<b>24</b>'));

  await page.goto(`${base}/dashboard/b/${SLUG}/report`);
  await Promise.all([page.waitForNavigation(), page.locator('.report-share button[type="submit"]').click()]);
  const link = await page.locator('.new-link a').getAttribute('href');
  check('report: a share link is made', !!link && link.includes('/report/rp_'), String(link));
  const pdf = await page.request.get(`${base}/dashboard/b/${SLUG}/report.pdf`);
  check('report: the PDF downloads', pdf.status() === 200 && (pdf.headers()['content-type'] || '').includes('application/pdf'));
  await context.close();
  if (link) {
    const stranger = await browser.newContext();
    const p3 = await stranger.newPage();
    const r3 = await p3.goto(link.replace(/^https?:\/\/[^/]+/, base));
    checkEq('report link: opens without logging in (200)', r3?.status(), 200);
    check('report link: names the business', (await p3.locator('h1').textContent()).includes(BUSINESS_NAME));
    checkEq('report link: no staff controls', await p3.locator('.report-share').count(), 0);
    await stranger.close();
  }
}

const watchdog = setTimeout(() => {
  console.log('FAIL e2e timed out after 420s');
  console.log(serverLog.slice(-8000));
  killServer();
  process.exit(1);
}, 420_000);
watchdog.unref();

await main().catch((err) => check('test ran to completion', false, err.stack || String(err)));
console.log(`\n${failed ? `FAILED: ${failures.join('; ')}\n` : ''}e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
