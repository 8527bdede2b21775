// The page in a real browser: headless Chromium (the system's, never a
// downloaded one) driven by playwright-core, against a running
// confab-server at CONFAB_URL. Run by tests/browser.rs, which owns the
// server and a CLI user: this script asks it for what only it can do with
// a line `@@ COMMAND ARGS` on stdout and waits for its `ok` on stdin.
//
//   CONFAB_URL=http://127.0.0.1:PORT/ CONFAB_CHROMIUM=/usr/bin/chromium \
//   CONFAB_SHOTS=DIR node test/browser.mjs
//
// Alice and bob, in two browser contexts: sign in, join a room, talk both
// ways, a private message each way, bob sees alice go offline when her
// page closes (and online when it opens again, resumed from localStorage);
// alice scrolls back through 200 earlier messages; the server stops (both
// pages say they are disconnected; a message sent meanwhile stays pending)
// and starts again: both pages reconnect by themselves and show what was
// sent meanwhile exactly once; a CLI user and the browser users talk.
// Unread badges: a message into a room alice is not viewing raises one,
// viewing the room clears it (and the server knows: a reload shows none),
// and her reading on a second page clears the first page's; bob typing
// shows "bob is typing…" on alice's page until it expires or his message
// comes; a new device of a user with more unread than the server replays
// says how many older ones it left out, until scrolling back shows them.
import { createInterface } from "node:readline";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const url = process.env.CONFAB_URL ?? "http://127.0.0.1:50051/";
const executablePath = process.env.CONFAB_CHROMIUM ?? "/usr/bin/chromium";
const shots = process.env.CONFAB_SHOTS ?? "test/out";
// Each wait for the page; generous, as the machine may be busy.
const WAIT = 30_000;
// Every wait here is bounded by WAIT; the harness waits for a line at a
// time, so the script keeps saying it is alive while it waits.
setInterval(() => console.log("-- (working)"), 5_000).unref();

const replies = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

/** Asks the Rust side to do something, and waits until it is done. */
async function ask(command) {
  console.log(`@@ ${command}`);
  const { value, done } = await replies.next();
  if (done || !value.startsWith("ok")) throw new Error(`${command}: the test harness answered ${value}`);
}

function step(text) {
  console.log(`-- ${text}`);
}

/** Whose page this is, for the transcript. */
const names = new WeakMap();
function who(page) {
  return names.get(page) ?? "a page";
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function signIn(page, user) {
  await page.goto(url);
  await page.fill("#sign-in-name", user);
  await page.press("#sign-in-name", "Enter");
  await connected(page);
}

async function connected(page) {
  step(`  waiting for ${who(page)} to be connected`);
  await page.waitForSelector('#status[data-state="connected"]', { timeout: WAIT });
}

/** Waits for a line of the shown conversation holding `text`. */
async function sees(page, text) {
  step(`  waiting for ${who(page)} to see ${JSON.stringify(text)}`);
  await page.locator("#log li", { hasText: text }).first().waitFor({ timeout: WAIT });
}

/** Waits until a message of ours with `text` is stored (no longer pending). */
async function stored(page, text) {
  await page.locator("#log li.message:not(.pending):not(.failed)", { hasText: text }).first().waitFor({ timeout: WAIT });
}

async function say(page, text) {
  await page.fill("#composer-text", text);
  await page.press("#composer-text", "Enter");
}

async function joinRoom(page, room) {
  await page.fill("#join-name", room);
  await page.press("#join-name", "Enter");
  await page.waitForFunction((room) => location.hash === `#/room/${room}`, room, { timeout: WAIT });
}

/** The texts of the shown conversation's lines, and their seqs. */
async function shown(page) {
  return page.$$eval("#log li", (items) =>
    items.map((li) => ({ text: li.querySelector(".text")?.textContent ?? "", seq: li.dataset.seq, kind: li.dataset.kind })),
  );
}

/** Fails if any stored event or message text shows twice. */
async function onceEach(page, who) {
  const lines = await shown(page);
  const seqs = lines.filter((l) => l.seq !== undefined).map((l) => l.seq);
  check(new Set(seqs).size === seqs.length, `${who}: a seq shows twice: ${seqs.join(",")}`);
  const texts = lines.filter((l) => l.kind === "message").map((l) => l.text);
  const twice = texts.filter((t, i) => texts.indexOf(t) !== i);
  check(twice.length === 0, `${who}: shown twice: ${twice.join(" | ")}`);
}

async function count(page, text) {
  return (await shown(page)).filter((l) => l.kind === "message" && l.text === text).length;
}

/** The unread badge of a room in the page's room list: its text, or
 * null if it has none, or undefined if the room is not listed. */
async function badge(page, room) {
  return page.evaluate((room) => {
    const row = [...document.querySelectorAll("#rooms li")].find((li) => li.querySelector("a")?.textContent === `#${room}`);
    return row ? row.querySelector(".unread")?.textContent ?? null : undefined;
  }, room);
}

/** Waits until the room's badge reads `text` (null: no badge). */
async function badgeIs(page, room, text) {
  step(`  waiting for ${who(page)}'s badge on #${room} to be ${JSON.stringify(text)}`);
  await page.waitForFunction(
    ([room, text]) => {
      const row = [...document.querySelectorAll("#rooms li")].find((li) => li.querySelector("a")?.textContent === `#${room}`);
      return row !== undefined && (row.querySelector(".unread")?.textContent ?? null) === text;
    },
    [room, text],
    { timeout: WAIT },
  );
}

/** Shows a room by its link in the room list (no reload). */
async function view(page, room) {
  await page.click(`#rooms a[href="#/room/${room}"]`);
  await page.waitForFunction((room) => document.querySelector("#conversation-title")?.textContent === `#${room}`, room, { timeout: WAIT });
}

async function unread(alice, aliceContext) {
  step("a message into a room alice is not viewing raises a badge; viewing clears it");
  await joinRoom(alice, "news");
  await sees(alice, "alice joined news");
  await view(alice, "lobby");
  // Listed (the room list is read again after the join), and no badge.
  await badgeIs(alice, "news", null);
  await ask("send news dave news for alice");
  await badgeIs(alice, "news", "1");
  check((await badge(alice, "lobby")) === null, `alice: a badge ${await badge(alice, "lobby")} on the room she is viewing`);
  await view(alice, "news");
  await sees(alice, "news for alice");
  await badgeIs(alice, "news", null);

  step("the read position is the server's: after a reload #news has no badge");
  await alice.goto(`${url}#/room/lobby`);
  await alice.reload();
  await connected(alice);
  await sees(alice, "hi alice");
  // The room list comes from ListRooms, read after Ready: once #news is
  // listed, both the server's counts are in.
  await alice.locator('#rooms a[href="#/room/news"]').waitFor({ timeout: WAIT });
  check((await badge(alice, "news")) === null, `alice: #news has a badge after a reload: ${await badge(alice, "news")}`);

  step("alice reads on a second page: the first page's badge clears (read_marker)");
  const second = await aliceContext.newPage();
  names.set(second, "alice's second page");
  second.on("pageerror", (error) => console.log(`alice (second page) page error: ${error.message}`));
  await second.goto(`${url}#/room/lobby`);
  await connected(second);
  await ask("send news frank more news");
  await badgeIs(alice, "news", "1");
  await badgeIs(second, "news", "1");
  await view(second, "news");
  await sees(second, "more news");
  await badgeIs(second, "news", null);
  await badgeIs(alice, "news", null);
  await second.close();
}

/** A new device of a user with more unread in a room than the server
 * replays: the page says how many older ones were left out, until
 * scrolling back has brought them in. */
async function skipped(browser) {
  step("gina joins backlog, and is away while 150 messages come");
  const first = await browser.newContext({ viewport: { width: 1000, height: 640 } });
  let gina = await first.newPage();
  names.set(gina, "gina");
  await signIn(gina, "gina");
  await joinRoom(gina, "backlog");
  await sees(gina, "gina joined backlog");
  await first.close();
  await ask("fill backlog 150");
  step("gina signs in on a new device: the page says older unread messages were left out");
  const second = await browser.newContext({ viewport: { width: 1000, height: 640 } });
  gina = await second.newPage();
  names.set(gina, "gina (new device)");
  gina.on("pageerror", (error) => console.log(`gina page error: ${error.message}`));
  await gina.goto(`${url}#/room/backlog`);
  await gina.fill("#sign-in-name", "gina");
  await gina.press("#sign-in-name", "Enter");
  await connected(gina);
  await sees(gina, "old 150");
  await gina.locator("#skipped:not([hidden])").waitFor({ timeout: WAIT });
  const note = (await gina.textContent("#skipped")) ?? "";
  const left = /^(\d+) older unread messages — scroll up for history$/.exec(note);
  // 151 unread events (dave's join and his 150 messages), 100 replayed.
  check(left !== null && Number(left[1]) === 51, `gina: the note says ${JSON.stringify(note)}`);
  for (let i = 0; i < 20 && !(await gina.isHidden("#skipped")); i += 1) {
    const lines = await shown(gina);
    step(`gina scrolls up (${lines.length} lines shown)`);
    await gina.$eval("#log", (log) => {
      log.scrollTop = 0;
    });
    await gina.waitForFunction((n) => document.querySelectorAll("#log li").length > n || document.querySelector("#skipped")?.hidden, lines.length, { timeout: WAIT });
  }
  check(await gina.isHidden("#skipped"), "gina: the note goes once the older messages are shown");
  const lines = await shown(gina);
  for (let n = 1; n <= 150; n += 1) {
    check(lines.filter((l) => l.text === `old ${n}`).length === 1, `gina: "old ${n}" does not show once`);
  }
  await second.close();
}

async function typing(alice, bob) {
  step("bob types in lobby: alice sees it, until it expires");
  check((await alice.textContent("#conversation-title")) === "#lobby", "alice views lobby");
  check((await bob.textContent("#conversation-title")) === "#lobby", "bob views lobby");
  check((await alice.textContent("#typing")) === "", "alice: nobody is typing yet");
  await bob.fill("#composer-text", "half a thought");
  step("  waiting for alice to see bob typing");
  await alice.locator("#typing", { hasText: "bob is typing…" }).waitFor({ timeout: WAIT });
  await bob.fill("#composer-text", "");
  step("  waiting for bob's typing to expire on alice's page");
  await alice.waitForFunction(() => document.querySelector("#typing")?.textContent === "", undefined, { timeout: WAIT });

  step("bob types again and sends: his message takes the notice away");
  await bob.fill("#composer-text", "a whole thought");
  await alice.locator("#typing", { hasText: "bob is typing…" }).waitFor({ timeout: WAIT });
  await bob.press("#composer-text", "Enter");
  await sees(alice, "a whole thought");
  check((await alice.textContent("#typing")) === "", `alice: still shows ${await alice.textContent("#typing")} after bob's message`);
  check((await bob.textContent("#typing")) === "", "bob: does not see himself typing");
}

/** A server in jwt mode: sign in with the token CONFAB_TOKEN gives, talk;
 * a forged token is refused and the page says why. */
async function withToken(browser) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 640 } });
  const page = await context.newPage();
  names.set(page, "erin");
  page.on("pageerror", (error) => console.log(`erin page error: ${error.message}`));
  step("a forged token is refused");
  await page.goto(url);
  await page.fill("#sign-in-token", `${process.env.CONFAB_TOKEN.split(".").slice(0, 2).join(".")}.forged`);
  await page.press("#sign-in-token", "Enter");
  await page.locator("#sign-in-error", { hasText: "Signed out" }).waitFor({ timeout: WAIT });
  check(await page.isVisible("#sign-in"), "erin: back at the sign-in form");
  step("the token signs erin in");
  await page.fill("#sign-in-token", process.env.CONFAB_TOKEN);
  await page.press("#sign-in-token", "Enter");
  await connected(page);
  check((await page.textContent("#me")) === "erin", "erin: the page names the token's user");
  await joinRoom(page, "tokens");
  await sees(page, "erin joined tokens");
  await say(page, "signed with a token");
  await stored(page, "signed with a token");
  await ask("expect-stored tokens signed with a token");
  await page.screenshot({ path: join(shots, "erin.png") });
}

/** Open mode: everything the issue asks for. */
async function everything(browser) {
  const aliceContext = await browser.newContext({ viewport: { width: 1000, height: 640 } });
  const bobContext = await browser.newContext({ viewport: { width: 390, height: 760 } });
  let alice = await aliceContext.newPage();
  const bob = await bobContext.newPage();
  for (const [page, name] of [[alice, "alice"], [bob, "bob"]]) {
    names.set(page, name);
    page.on("pageerror", (error) => console.log(`${name} page error: ${error.message}`));
  }

  step("both sign in and join lobby");
  await signIn(alice, "alice");
  await signIn(bob, "bob");
  await joinRoom(alice, "lobby");
  await sees(alice, "alice joined lobby");
  await bob.click("#toggle-side");
  await joinRoom(bob, "lobby");
  await sees(bob, "bob joined lobby");
  await sees(alice, "bob joined lobby");
  step("  waiting for alice's room list to count 2 members in lobby");
  await alice.waitForFunction(
    () => [...document.querySelectorAll("#rooms li")].some((li) => li.querySelector("a")?.textContent === "#lobby" && li.querySelector(".count")?.textContent === "2"),
    undefined,
    { timeout: WAIT },
  );

  step("room messages both ways");
  await say(alice, "hello bob");
  await stored(alice, "hello bob");
  await sees(bob, "hello bob");
  await say(bob, "hi alice");
  await sees(alice, "hi alice");

  step("private messages: @alice from bob, and alice's answer in the conversation");
  await say(bob, "@alice psst, a secret");
  await alice.locator("#peers a", { hasText: "bob" }).waitFor({ state: "attached", timeout: WAIT });
  await alice.click("#peers a >> text=bob");
  await sees(alice, "psst, a secret");
  check(alice.url().endsWith("#/user/bob"), `alice: the private conversation has its URL (${alice.url()})`);
  await say(alice, "a secret back");
  await stored(alice, "a secret back");
  await bob.goto(`${url}#/user/alice`);
  await connected(bob);
  await sees(bob, "a secret back");
  await sees(bob, "psst, a secret");
  await bob.goto(`${url}#/room/lobby`);
  await connected(bob);
  await bob.click("#toggle-members");
  await bob.locator('#members li.online[data-user="alice"]').waitFor({ timeout: WAIT });

  step("bob sees alice go offline when her page closes, and back when it opens");
  await alice.close();
  await sees(bob, "alice went offline");
  await bob.locator('#members li.offline[data-user="alice"]').waitFor({ timeout: WAIT });
  alice = await aliceContext.newPage();
  names.set(alice, "alice");
  alice.on("pageerror", (error) => console.log(`alice page error: ${error.message}`));
  await alice.goto(`${url}#/room/lobby`);
  await connected(alice);
  await sees(bob, "alice is online");
  await sees(alice, "hi alice");
  await onceEach(alice, "alice");
  await onceEach(bob, "bob");

  await unread(alice, aliceContext);
  await typing(alice, bob);
  await skipped(browser);

  step("alice scrolls back through 200 earlier messages");
  await ask("fill archive 200");
  await joinRoom(alice, "archive");
  await sees(alice, "old 200");
  for (let i = 0; i < 20; i += 1) {
    const lines = await shown(alice);
    if (lines.some((l) => l.seq === "1")) break;
    step(`alice scrolls up (${lines.length} lines shown)`);
    await alice.$eval("#log", (log) => {
      log.scrollTop = 0;
    });
    await alice.waitForFunction((n) => document.querySelectorAll("#log li").length > n, lines.length, { timeout: WAIT });
  }
  const archive = await shown(alice);
  for (let n = 1; n <= 200; n += 1) {
    const found = archive.filter((l) => l.text === `old ${n}`).length;
    check(found === 1, `alice: "old ${n}" shows ${found} times after scrolling back`);
  }
  check(archive.some((l) => l.seq === "1" && l.text.includes("joined archive")), "alice: scrolled back to the room's first event");
  check(await alice.isHidden("#earlier"), "alice: nothing earlier to load");
  await onceEach(alice, "alice (archive)");
  await alice.click('button[aria-label="Leave archive"]');
  await sees(alice, "alice left archive");
  await alice.locator('button[aria-label="Join archive"]').waitFor({ timeout: WAIT });
  await alice.goto(`${url}#/room/lobby`);
  await connected(alice);

  step("the server stops: both pages say so; a message sent meanwhile stays pending");
  await ask("stop");
  await alice.waitForSelector('#status[data-state="disconnected"]', { timeout: WAIT });
  await bob.waitForSelector('#status[data-state="disconnected"]', { timeout: WAIT });
  await say(alice, "sent while the server was down");
  await alice.locator("#log li.pending", { hasText: "sent while the server was down" }).waitFor({ timeout: WAIT });

  step("the server starts again: both reconnect, and what was sent meanwhile shows once");
  await ask("start");
  await connected(alice);
  await connected(bob);
  await stored(alice, "sent while the server was down");
  for (const [page, who] of [[alice, "alice"], [bob, "bob"]]) {
    for (const text of ["meanwhile 1", "meanwhile 2", "meanwhile 3", "sent while the server was down", "hello bob", "hi alice"]) {
      await sees(page, text);
      check((await count(page, text)) === 1, `${who}: "${text}" shows ${await count(page, text)} times`);
    }
    await onceEach(page, who);
  }
  await bob.goto(`${url}#/user/carol`);
  await connected(bob);
  await sees(bob, "meanwhile, privately");
  check((await count(bob, "meanwhile, privately")) === 1, "bob: the private message shows once");
  await bob.goto(`${url}#/room/lobby`);
  await connected(bob);

  step("a CLI user and the browser users talk");
  await ask("cli-start");
  await sees(alice, "carol is online");
  await ask("cli-say from the terminal");
  await sees(alice, "from the terminal");
  await sees(bob, "from the terminal");
  await say(alice, "from the browser");
  await stored(alice, "from the browser");
  await ask("cli-expect from the browser");
  await ask("cli-say @bob a private word from the terminal");
  await bob.locator("#peers a", { hasText: "carol" }).waitFor({ state: "attached", timeout: WAIT });
  await say(bob, "@carol and one back from the browser");
  await ask("cli-expect and one back from the browser");
  await onceEach(alice, "alice");
  await onceEach(bob, "bob");

  await alice.screenshot({ path: join(shots, "alice.png") });
  await bob.screenshot({ path: join(shots, "bob.png") });
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  mkdirSync(shots, { recursive: true });
  if (process.env.CONFAB_SCENARIO === "jwt") await withToken(browser);
  else await everything(browser);
  console.log(`DONE screenshots in ${shots}`);
} finally {
  await browser.close();
}
process.exit(0);
