// The confab chat page. One Receive stream brings everything (the rooms'
// events, private messages, presence, our own joins and leaves), resumed
// from the cursors kept in localStorage; every action is a unary call.
// Conversations have one URL each: #/room/NAME and #/user/NAME.
import { Code, ConnectError } from "@connectrpc/connect";
import { connect, tokenUser, validName, PresenceState, type Api, type Event, type Identity, type Typing } from "./api.js";
import { Cursors, peerKey, roomKey, type Key } from "./cursors.js";
import { byId, el, eventText, fillLine, lineElement, messageText, signature, typingText, type Line } from "./view.js";

/** One conversation as the page holds it. */
interface Conversation {
  key: Key;
  /** The room's name or the peer's. */
  name: string;
  room: boolean;
  lines: Line[];
  /** The seqs shown, so nothing shows twice. */
  seqs: Set<number>;
  /** The lowest seq shown; scrolling back loads what is below it. */
  oldest?: number;
  /** Everything down to seq 1 is shown. */
  complete: boolean;
  /** The newest page of history has been read. */
  opened: boolean;
  loading: boolean;
  /** Messages from others after our read position (the badge). */
  unread: number;
  /** Our read position: the highest the server has told us or we marked. */
  readSeq: number;
  /** Seqs of messages from others that came on the stream, so a count
   * from the server (as of some seq) can be brought up to date. */
  unreadSeqs: Set<number>;
  /** The highest seq known of the conversation. */
  latest: number;
  /** When its latest event was (ms), for the order of the Private list. */
  active: number;
  /** When MarkRead was last called, and the timer of a mark held back by
   * the once-a-second limit. */
  markedAt: number;
  markTimer?: ReturnType<typeof setTimeout>;
  /** A resume without cursors left out older unread events (up to and
   * including `afterSeq`). */
  skipped?: { count: number; afterSeq: number };
  /** Who is typing, each with the timer that takes it away. */
  typing: Map<string, ReturnType<typeof setTimeout>>;
  topic: string;
  /** We left (or were removed from) the room. */
  left: boolean;
}

interface RoomRow {
  name: string;
  members: number;
  member: boolean;
  topic: string;
}

const IDENTITY_KEY = "confab.identity";
const PAGE = 50;

let identity: Identity | undefined;
let api: Api | undefined;
let cursors: Cursors | undefined;
let stream: AbortController | undefined;
let wake: (() => void) | undefined;
const conversations = new Map<Key, Conversation>();
let rooms: RoomRow[] = [];
let current: Conversation | undefined;
let members: { user: string; online: boolean }[] = [];
let sequence = 0;

// ---- signing in and out --------------------------------------------------

function savedIdentity(): Identity | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(IDENTITY_KEY) ?? "null") as Identity | null;
    return saved && typeof saved.user === "string" && validName(saved.user) ? saved : undefined;
  } catch {
    return undefined;
  }
}

function signIn(who: Identity): void {
  identity = who;
  localStorage.setItem(IDENTITY_KEY, JSON.stringify(who));
  api = connect(who);
  cursors = new Cursors(who.user);
  conversations.clear();
  for (const [key] of cursors.entries()) {
    if (key.startsWith("p:")) conversation(key);
  }
  byId("sign-in-view").hidden = true;
  byId("chat-view").hidden = false;
  byId("sign-out").hidden = false;
  byId("me").textContent = who.user;
  void receive();
  void refreshRooms();
  route();
  byId("composer-text").focus();
}

function signOut(message = ""): void {
  stream?.abort();
  stream = undefined;
  identity = undefined;
  api = undefined;
  current = undefined;
  localStorage.removeItem(IDENTITY_KEY);
  byId("chat-view").hidden = true;
  byId("sign-out").hidden = true;
  byId("sign-in-view").hidden = false;
  byId("me").textContent = "";
  byId("sign-in-error").textContent = message;
  status("signed-out", "Not signed in");
  byId("sign-in-name").focus();
}

byId<HTMLFormElement>("sign-in").addEventListener("submit", (e) => {
  e.preventDefault();
  const name = byId<HTMLInputElement>("sign-in-name").value.trim();
  const token = byId<HTMLInputElement>("sign-in-token").value.trim();
  const user = token ? tokenUser(token) ?? name : name;
  if (!validName(user)) {
    byId("sign-in-error").textContent = token
      ? "The token names no valid user (its sub)."
      : "A name is 1 to 32 of a-z, 0-9, _, - and ., starting with a letter or a digit.";
    return;
  }
  signIn(token ? { user, token } : { user });
});
byId("sign-out").addEventListener("click", () => signOut());

// ---- the stream ----------------------------------------------------------

function status(state: string, text: string): void {
  const line = byId("status");
  line.dataset.state = state;
  line.textContent = text;
}

/** Keeps the Receive stream open: reconnects with backoff, each time
 * resuming from the cursors, until signed out. */
async function receive(): Promise<void> {
  let delay = 500;
  const mine = new AbortController();
  stream?.abort();
  stream = mine;
  while (!mine.signal.aborted && api && cursors) {
    status("connecting", "Connecting…");
    try {
      const request = {
        cursors: cursors.entries().map(([key, seq]) => ({
          conversation: {
            kind: key.startsWith("r:")
              ? { case: "room" as const, value: key.slice(2) }
              : { case: "peer" as const, value: key.slice(2) },
          },
          afterSeq: BigInt(seq),
        })),
      };
      for await (const response of api.receive(request, { signal: mine.signal })) {
        const frame = response.frame;
        switch (frame.case) {
          case "ready":
            delay = 500;
            status("connected", "Connected");
            onReady(frame.value.rooms);
            for (const count of frame.value.unread) {
              const key = keyOfConversation(count.conversation);
              if (!key) continue;
              const conv = conversation(key);
              // Ready follows the replay: its counts include what came so far.
              reported(conv, Number(count.unread), Number(count.readSeq), conv.latest);
            }
            renderLists();
            void refreshConversations();
            break;
          case "readMarker": {
            const key = keyOfConversation(frame.value.conversation);
            // Another user's marker is a read receipt: not our badge.
            if (key && frame.value.user === identity?.user) onReadMarker(conversation(key), Number(frame.value.seq));
            break;
          }
          case "typing":
            onTypingFrame(frame.value);
            break;
          case "unreadSkipped": {
            const key = keyOfConversation(frame.value.conversation);
            if (key && frame.value.skipped > 0n) {
              const conv = conversation(key);
              conv.skipped = { count: Number(frame.value.skipped), afterSeq: Number(frame.value.afterSeq) };
              render(conv);
            }
            break;
          }
          case "event":
            onEvent(frame.value);
            break;
          case "presence":
            onPresence(frame.value.room, frame.value.user, frame.value.state === PresenceState.ONLINE);
            break;
          case "presenceSummary":
            for (const user of frame.value.online) onPresence(frame.value.room, user, true);
            for (const user of frame.value.offline) onPresence(frame.value.room, user, false);
            // A big room's typing comes folded into its summary.
            for (const typing of frame.value.typing) onTypingFrame(typing);
            break;
          case "error": {
            // A cursor the server could not honour: that conversation goes
            // on live; forget the cursor so the next resume does not ask.
            const kind = frame.value.conversation?.kind;
            if (kind?.case === "room") cursors.drop(roomKey(kind.value));
            if (kind?.case === "peer") cursors.drop(peerKey(kind.value));
            break;
          }
        }
      }
    } catch (error) {
      if (mine.signal.aborted) return;
      const failure = ConnectError.from(error);
      if (failure.code === Code.Unauthenticated) {
        signOut(`Signed out: ${failure.rawMessage}`);
        return;
      }
    }
    if (mine.signal.aborted) return;
    const wait = Math.round(delay * (0.75 + Math.random() / 2));
    status("disconnected", `Disconnected: reconnecting in ${Math.max(1, Math.round(wait / 1000))} s…`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wake = undefined;
    delay = Math.min(delay * 2, 10_000);
  }
}
// Back on the network: try again at once rather than at the next backoff.
window.addEventListener("online", () => wake?.());

function onReady(roomNames: string[]): void {
  for (const name of roomNames) {
    const room = conversation(roomKey(name));
    // A room without a cursor came live only: read its newest page, which
    // also gives it a cursor.
    if (cursors?.get(room.key) === undefined || room === current) void openHistory(room);
  }
  void refreshRooms();
  if (current?.room) void refreshMembers();
  renderLists();
}

function conversation(key: Key): Conversation {
  let found = conversations.get(key);
  if (!found) {
    found = {
      key,
      name: key.slice(2),
      room: key.startsWith("r:"),
      lines: [],
      seqs: new Set(),
      complete: false,
      opened: false,
      loading: false,
      unread: 0,
      readSeq: 0,
      unreadSeqs: new Set(),
      latest: 0,
      active: 0,
      markedAt: 0,
      typing: new Map(),
      topic: "",
      left: false,
    };
    conversations.set(key, found);
  }
  return found;
}

/** The key of a conversation as the server names it, if it names one. */
function keyOfConversation(named: { kind: { case: string | undefined; value?: unknown } } | undefined): Key | undefined {
  const kind = named?.kind;
  if (kind?.case === "room" && typeof kind.value === "string") return roomKey(kind.value);
  if (kind?.case === "peer" && typeof kind.value === "string") return peerKey(kind.value);
  return undefined;
}

/** The conversation an event belongs to, seen from us. */
function keyOf(event: Event): Key {
  if (event.room) return roomKey(event.room);
  return peerKey(event.sender === identity?.user ? event.recipient : event.sender);
}

/** An event from the stream: shown once, and the cursor moves on. */
function onEvent(event: Event): void {
  const key = keyOf(event);
  const seq = Number(event.seq);
  const conv = conversation(key);
  const me = identity?.user;
  const removed =
    (event.kind.case === "left" && event.sender === me) ||
    ((event.kind.case === "kicked" || event.kind.case === "banned") && event.target === me);
  if (event.kind.case === "invited" && event.target === me && cursors?.get(key) === undefined) {
    // An invitation to a room we do not follow.
    addLine(conv, { order: nextOrder(conv), kind: "notice", text: eventText(event) });
    soon(refreshRooms);
    return;
  }
  if (removed) {
    cursors?.drop(key);
  } else {
    if (event.kind.case === "joined" && event.sender === me && conv.left) {
      // Back in a room we had left: what was said meanwhile is in its
      // history, so start its log again from the newest page.
      Object.assign(conv, { lines: [], seqs: new Set(), oldest: undefined, complete: false, opened: false, left: false });
      if (conv === current) void openHistory(conv);
    }
    cursors?.advance(key, seq);
  }
  const shown = addEvent(conv, event);
  if (removed) conv.left = true;
  if (event.time) conv.active = Math.max(conv.active, Number(event.time.seconds) * 1000);
  if (shown && event.kind.case === "message" && event.sender !== me && seq > conv.readSeq) {
    // Raised here; cleared at once (MarkRead) if it is shown at the bottom.
    conv.unreadSeqs.add(seq);
    conv.unread += 1;
  }
  if (event.kind.case === "deleted" && conv.unreadSeqs.delete(Number(event.refSeq)) && Number(event.refSeq) > conv.readSeq) {
    // Unread counts leave deleted messages out.
    conv.unread = Math.max(0, conv.unread - 1);
  }
  if (event.kind.case === "message") stopTyping(conv, event.sender);
  if (event.kind.case !== "message") {
    soon(refreshRooms);
    if (conv === current && conv.room) soon(refreshMembers);
  }
  render(conv);
}

/** Runs `task` once shortly, however many times it is asked for meanwhile
 * (a burst of joins reads the room list once). */
const asked = new Set<() => Promise<void>>();
function soon(task: () => Promise<void>): void {
  if (asked.has(task)) return;
  asked.add(task);
  setTimeout(() => {
    asked.delete(task);
    void task();
  }, 200);
}

/** Puts a stored event in its conversation, unless it is there already;
 * a message of ours that was pending becomes that event. */
function addEvent(conv: Conversation, event: Event): boolean {
  const seq = Number(event.seq);
  if (conv.seqs.has(seq)) return false;
  conv.seqs.add(seq);
  conv.latest = Math.max(conv.latest, seq);
  conv.oldest = conv.oldest === undefined ? seq : Math.min(conv.oldest, seq);
  if (seq === 1) conv.complete = true;
  const time = event.time ? new Date(Number(event.time.seconds) * 1000) : undefined;
  if (event.kind.case === "message") {
    const message = event.kind.value;
    if (event.sender === identity?.user && message.clientMessageId) {
      const mine = conv.lines.find((l) => l.clientMessageId === message.clientMessageId && l.seq === undefined);
      if (mine) {
        Object.assign(mine, { seq, order: seq, time, state: undefined });
        sortLines(conv);
        return true;
      }
    }
    insertLine(conv, { order: seq, seq, kind: "message", who: event.sender, text: messageText(message), time, private: !event.room });
  } else {
    // An edit or a delete shows on the message it changes, too.
    const changed = conv.lines.find((l) => l.kind === "message" && l.seq === Number(event.refSeq));
    if (changed && event.kind.case === "edited") changed.text = `${event.kind.value.text} (edited)`;
    if (changed && event.kind.case === "deleted") changed.text = "(deleted)";
    if (event.kind.case === "topicSet") conv.topic = event.topic;
    insertLine(conv, { order: seq, seq, kind: "event", text: eventText(event), time });
  }
  return true;
}

function onPresence(room: string, user: string, online: boolean): void {
  const conv = conversation(roomKey(room));
  addLine(conv, {
    order: nextOrder(conv),
    kind: "presence",
    online,
    text: online ? `${user} is online` : `${user} went offline`,
  });
  const member = members.find((m) => m.user === user);
  if (member && conv === current) {
    member.online = online;
    renderMembers();
  }
}

/** Where a line without a seq goes: after everything so far. */
function nextOrder(conv: Conversation): number {
  const last = conv.lines.length ? conv.lines[conv.lines.length - 1]!.order : 0;
  sequence += 1;
  return Math.floor(last) + 0.5 + sequence / 1e9;
}

function addLine(conv: Conversation, line: Line): void {
  insertLine(conv, line);
  render(conv);
}

function insertLine(conv: Conversation, line: Line): void {
  conv.lines.push(line);
  if (conv.lines.length > 1 && conv.lines[conv.lines.length - 2]!.order > line.order) sortLines(conv);
}

function sortLines(conv: Conversation): void {
  conv.lines.sort((a, b) => a.order - b.order);
}

// ---- read positions and unread counts ------------------------------------

/** The server's count for `conv`: `unread` after `readSeq`, as of its
 * event `asOf`; messages that came on the stream after that are added. */
function reported(conv: Conversation, unread: number, readSeq: number, asOf: number): void {
  if (readSeq < conv.readSeq) {
    // Older than a marker we have seen: count what we know instead.
    conv.unread = [...conv.unreadSeqs].filter((s) => s > conv.readSeq).length;
    return;
  }
  conv.readSeq = readSeq;
  for (const seq of conv.unreadSeqs) if (seq <= readSeq) conv.unreadSeqs.delete(seq);
  conv.unread = unread + [...conv.unreadSeqs].filter((s) => s > asOf).length;
}

/** Our read position moved (here or on another device). */
function onReadMarker(conv: Conversation, seq: number): void {
  if (seq <= conv.readSeq) return;
  conv.readSeq = seq;
  for (const s of conv.unreadSeqs) if (s <= seq) conv.unreadSeqs.delete(s);
  if (seq >= conv.latest) {
    conv.unread = 0;
  } else {
    // Read part way: the server knows the exact count.
    conv.unread = Math.min(conv.unread, conv.unreadSeqs.size);
    soon(refreshConversations);
  }
  renderLists();
}

/** Whether the newest line of the shown log is on screen. */
function latestVisible(): boolean {
  if (document.visibilityState !== "visible") return false;
  const items = log.querySelectorAll<HTMLElement>("li[data-seq]");
  const last = items[items.length - 1];
  if (!last) return false;
  const box = log.getBoundingClientRect();
  const line = last.getBoundingClientRect();
  return line.top < box.bottom && line.bottom > box.top;
}

/** Marks the shown conversation read up to its latest seq when that is on
 * screen: only forwards, at most once a second per conversation. */
function markRead(): void {
  const conv = current;
  if (!conv || !api || conv.latest <= conv.readSeq || !latestVisible()) return;
  const wait = conv.markedAt + 1000 - Date.now();
  if (wait > 0) {
    if (!conv.markTimer) {
      conv.markTimer = setTimeout(() => {
        conv.markTimer = undefined;
        if (conv === current) markRead();
      }, wait);
    }
    return;
  }
  const seq = conv.latest;
  conv.markedAt = Date.now();
  // Shown as read at once; the read_marker frame that follows agrees.
  conv.readSeq = seq;
  for (const s of conv.unreadSeqs) if (s <= seq) conv.unreadSeqs.delete(s);
  conv.unread = 0;
  renderLists();
  api.markRead({ conversation: conversationOf(conv), seq: BigInt(seq) }, { timeoutMs: 10_000 }).catch(() => {
    // Not marked (disconnected, or no longer a member): the server's
    // count comes back with the next Ready or list.
  });
}
document.addEventListener("visibilitychange", markRead);

/** Reads every conversation's unread count (and the private ones we have
 * not seen on this device). */
async function refreshConversations(): Promise<void> {
  if (!api) return;
  let pageToken = "";
  try {
    for (let page = 0; page < 10; page += 1) {
      const answer = await api.listConversations({ pageToken, limit: 200 }, { timeoutMs: 10_000 });
      for (const info of answer.conversations) {
        const key = keyOfConversation(info.conversation);
        if (!key) continue;
        const conv = conversation(key);
        const last = info.lastEvent;
        if (last?.time) conv.active = Math.max(conv.active, Number(last.time.seconds) * 1000);
        reported(conv, Number(info.unreadCount), Number(info.readSeq), last ? Number(last.seq) : 0);
      }
      pageToken = answer.nextPageToken;
      if (!pageToken) break;
    }
  } catch {
    return;
  }
  renderLists();
}

// ---- typing --------------------------------------------------------------

/** A `typing` frame, alone or from a big room's summary. */
function onTypingFrame(typing: Typing): void {
  const key = keyOfConversation(typing.conversation);
  const until = typing.expiresAt;
  if (key) onTyping(conversation(key), typing.user, until ? Number(until.seconds) * 1000 + Math.floor(until.nanos / 1e6) : 0);
}

/** `user` is typing in `conv` until `until` (ms since the epoch). */
function onTyping(conv: Conversation, user: string, until: number): void {
  if (user === identity?.user) return;
  clearTimeout(conv.typing.get(user));
  let wait = until - Date.now();
  // A clock far from the server's: show it for the server's usual 5 s.
  if (!(wait > 0 && wait <= 30_000)) wait = 5_000;
  conv.typing.set(
    user,
    setTimeout(() => stopTyping(conv, user), wait),
  );
  renderTyping();
}

function stopTyping(conv: Conversation, user: string): void {
  const timer = conv.typing.get(user);
  if (timer === undefined) return;
  clearTimeout(timer);
  conv.typing.delete(user);
  renderTyping();
}

function renderTyping(): void {
  const line = byId("typing");
  const text = current ? typingText([...current.typing.keys()].sort()) : "";
  if (line.textContent !== text) line.textContent = text;
}

/** When we last said we are typing, per conversation. */
const typingSent = new Map<Key, number>();

/** The user typed: say so to the conversation the text goes to, at most
 * once in 3 s, and not for an empty box. */
function typed(): void {
  const raw = byId<HTMLInputElement>("composer-text").value.trim();
  if (!raw || !api) return;
  const whisper = /^@([^\s]+)\s+\S/.exec(raw);
  let conv = current;
  if (raw.startsWith("@")) {
    const peer = whisper?.[1] ?? "";
    // `@name` not yet followed by text: nobody to tell yet.
    if (!whisper || !validName(peer) || peer === identity?.user) return;
    conv = conversation(peerKey(peer));
  }
  if (!conv || (conv.room && conv.left)) return;
  const now = Date.now();
  if (now - (typingSent.get(conv.key) ?? 0) < 3000) return;
  typingSent.set(conv.key, now);
  api.sendTyping({ conversation: conversationOf(conv) }, { timeoutMs: 10_000 }).catch(() => {
    // Typing is a hint: a lost one is not worth a word.
  });
}
byId("composer-text").addEventListener("input", typed);

// ---- history -------------------------------------------------------------

function conversationOf(conv: Conversation) {
  return {
    kind: conv.room ? { case: "room" as const, value: conv.name } : { case: "peer" as const, value: conv.name },
  };
}

/** Reads the newest page of a conversation, once. */
async function openHistory(conv: Conversation): Promise<void> {
  if (conv.opened || conv.loading || !api) return;
  conv.loading = true;
  try {
    const page = await api.history({ conversation: conversationOf(conv), limit: PAGE, applyEdits: true }, { timeoutMs: 10_000 });
    conv.opened = true;
    for (const event of page.events) addEvent(conv, event);
    if (page.events.length === 0) conv.complete = true;
    // Everything up to the conversation's end is shown or on its way on
    // the stream: a conversation that had no cursor resumes from here.
    if (cursors?.get(conv.key) === undefined && page.lastSeq > 0n) cursors?.advance(conv.key, Number(page.lastSeq));
  } catch {
    // Not a member (any more), or disconnected: the next open tries again.
  } finally {
    conv.loading = false;
  }
  render(conv);
}

/** Reads the page before the oldest line shown. */
async function loadEarlier(conv: Conversation): Promise<void> {
  if (conv.complete || conv.loading || !api || conv.oldest === undefined) return;
  conv.loading = true;
  try {
    const page = await api.history(
      { conversation: conversationOf(conv), beforeSeq: BigInt(conv.oldest), limit: PAGE, applyEdits: true },
      { timeoutMs: 10_000 },
    );
    for (const event of page.events) addEvent(conv, event);
    if (page.events.length < PAGE) conv.complete = true;
  } catch {
    // Try again on the next scroll.
  } finally {
    conv.loading = false;
  }
  render(conv, true);
}

const log = byId<HTMLOListElement>("log");
log.addEventListener("scroll", () => {
  if (current && log.scrollTop < 40) void loadEarlier(current);
  markRead();
});
byId("earlier").addEventListener("click", () => {
  if (current) void loadEarlier(current);
});

// ---- rooms and members ---------------------------------------------------

async function refreshRooms(): Promise<void> {
  if (!api) return;
  const found: RoomRow[] = [];
  let pageToken = "";
  try {
    for (let page = 0; page < 10; page += 1) {
      const answer = await api.listRooms({ pageToken, limit: 200 }, { timeoutMs: 10_000 });
      for (const room of answer.rooms) {
        found.push({ name: room.name, members: room.memberCount, member: room.isMember, topic: room.topic });
        if (room.isMember) {
          reported(conversation(roomKey(room.name)), Number(room.unreadCount), Number(room.readSeq), Number(room.lastSeq));
        }
      }
      pageToken = answer.nextPageToken;
      if (!pageToken) break;
    }
  } catch {
    return;
  }
  rooms = found;
  for (const room of rooms) {
    if (room.member) conversation(roomKey(room.name)).topic = room.topic;
  }
  renderLists();
  if (current) renderHead();
}

async function refreshMembers(): Promise<void> {
  const conv = current;
  if (!api || !conv?.room) return;
  try {
    const answer = await api.listMembers({ room: conv.name, limit: 1000 }, { timeoutMs: 10_000 });
    if (conv !== current) return;
    members = answer.members.map((m) => ({ user: m.user, online: m.state === PresenceState.ONLINE }));
  } catch {
    members = [];
  }
  renderMembers();
}

async function join(name: string): Promise<void> {
  if (!api) return;
  try {
    await api.join({ room: name }, { timeoutMs: 10_000 });
    location.hash = `#/room/${name}`;
  } catch (error) {
    byId("composer-error").textContent = `Could not join ${name}: ${ConnectError.from(error).rawMessage}`;
  }
}

async function leave(name: string): Promise<void> {
  if (!api) return;
  try {
    // The room stays on screen, its `left` event last.
    await api.leave({ room: name }, { timeoutMs: 10_000 });
  } catch (error) {
    byId("composer-error").textContent = `Could not leave ${name}: ${ConnectError.from(error).rawMessage}`;
  }
}

byId<HTMLFormElement>("join-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const input = byId<HTMLInputElement>("join-name");
  const name = input.value.trim();
  if (!validName(name)) {
    byId("composer-error").textContent = `${JSON.stringify(name)} is not a room name (a-z, 0-9, _, - and .).`;
    return;
  }
  input.value = "";
  void join(name);
});

byId<HTMLFormElement>("peer-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const input = byId<HTMLInputElement>("peer-name");
  const name = input.value.trim();
  if (!validName(name) || name === identity?.user) {
    byId("composer-error").textContent = `${JSON.stringify(name)} is not someone else's name.`;
    return;
  }
  input.value = "";
  location.hash = `#/user/${name}`;
});

// ---- sending -------------------------------------------------------------

/** Sends a message, retrying with the same client message id (so it is
 * stored once) until it is stored or refused; pending until then. */
async function send(conv: Conversation, text: string): Promise<void> {
  const clientMessageId = `web-${crypto.randomUUID()}`;
  const line: Line = {
    order: nextOrder(conv),
    kind: "message",
    who: identity?.user,
    text,
    state: "pending",
    clientMessageId,
    private: !conv.room,
  };
  addLine(conv, line);
  let delay = 500;
  for (;;) {
    if (!api) return;
    try {
      const target = conv.room ? { case: "room" as const, value: conv.name } : { case: "toUser" as const, value: conv.name };
      const answer = await api.sendMessage({ target, text, clientMessageId }, { timeoutMs: 10_000 });
      acknowledged(conv, line, Number(answer.seq));
      return;
    } catch (error) {
      const failure = ConnectError.from(error);
      const retry = [Code.Unavailable, Code.DeadlineExceeded, Code.Unknown, Code.Aborted, Code.ResourceExhausted, Code.Internal, Code.Canceled].includes(failure.code);
      if (!retry) {
        line.state = "failed";
        render(conv);
        byId("composer-error").textContent = `Not sent: ${failure.rawMessage}`;
        return;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}

/** A pending message was stored at `seq`: it is that event now (the
 * stream may have shown the event already). */
function acknowledged(conv: Conversation, line: Line, seq: number): void {
  if (line.seq === undefined) {
    if (conv.seqs.has(seq)) {
      conv.lines = conv.lines.filter((l) => l !== line);
    } else {
      Object.assign(line, { seq, order: seq, state: undefined, time: new Date() });
      conv.seqs.add(seq);
      sortLines(conv);
    }
  }
  render(conv);
}

byId<HTMLFormElement>("composer").addEventListener("submit", (e) => {
  e.preventDefault();
  const input = byId<HTMLInputElement>("composer-text");
  const raw = input.value.trim();
  const note = byId("composer-note");
  const problem = byId("composer-error");
  note.textContent = "";
  problem.textContent = "";
  if (!raw) return;
  // `@bob hi` is a private message to bob, as in the seed and the CLI.
  const whisper = /^@([^\s]+)\s+([\s\S]+)$/.exec(raw);
  let conv = current;
  let text = raw;
  if (whisper) {
    const [, peer = "", rest = ""] = whisper;
    if (!validName(peer) || peer === identity?.user) {
      problem.textContent = `${JSON.stringify(peer)} is not someone else's name.`;
      return;
    }
    conv = conversation(peerKey(peer));
    text = rest;
    if (conv !== current) note.textContent = `Sent privately to ${peer} (see Private).`;
    renderLists();
  }
  if (!conv) {
    problem.textContent = "Pick a room (or write @name message) first.";
    return;
  }
  input.value = "";
  // The message ends this bout of typing: the next one is said at once.
  typingSent.delete(conv.key);
  void send(conv, text);
});

// ---- routing and rendering -----------------------------------------------

function route(): void {
  if (!identity) return;
  const match = /^#\/(room|user)\/([^/]+)$/.exec(location.hash);
  const name = match ? decodeURIComponent(match[2] ?? "") : "";
  const next = match && validName(name) ? conversation(match[1] === "room" ? roomKey(name) : peerKey(name)) : undefined;
  current = next;
  members = [];
  if (next) {
    void openHistory(next);
    if (next.room) void refreshMembers();
  }
  renderHead();
  renderLists();
  renderMembers();
  render(next, false, true);
  renderTyping();
  byId("side").classList.remove("open");
  byId("toggle-side").setAttribute("aria-expanded", "false");
}
window.addEventListener("hashchange", route);

function renderHead(): void {
  const title = byId("conversation-title");
  const topic = byId("topic");
  if (!current) {
    title.textContent = "Pick a room";
    topic.textContent = "";
  } else {
    title.textContent = current.room ? `#${current.name}` : `Private: ${current.name}`;
    topic.textContent = current.topic;
  }
  document.title = current ? `${title.textContent} · confab` : "confab";
}

/** Redraws the log if `conv` is the one shown, keeping the reader's place:
 * at the bottom if they were there, at the same line after a page of
 * history came in above. */
function render(conv: Conversation | undefined, prepended = false, jump = false): void {
  if (conv !== current) {
    renderLists();
    return;
  }
  const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  const fromBottom = log.scrollHeight - log.scrollTop;
  // A whole new conversation is not read out line by line.
  if (jump) log.setAttribute("aria-live", "off");
  patchLog((conv?.lines ?? []).map(elementOf));
  if (jump) setTimeout(() => log.setAttribute("aria-live", "polite"), 0);
  byId("earlier").hidden = !conv || conv.complete;
  renderSkipped(conv);
  if (prepended) log.scrollTop = log.scrollHeight - fromBottom;
  else if (atBottom || jump) log.scrollTop = log.scrollHeight;
  if (conv) renderHead();
  markRead();
}

/** The note that a resume left older unread messages out, until History
 * has brought them in. */
function renderSkipped(conv: Conversation | undefined): void {
  const note = byId("skipped");
  const skipped = conv?.skipped;
  const loaded = !skipped || conv.complete || (conv.oldest !== undefined && conv.oldest <= skipped.afterSeq - skipped.count + 1);
  if (!skipped || loaded) {
    note.hidden = true;
    note.textContent = "";
    return;
  }
  note.hidden = false;
  note.textContent = `${skipped.count} older unread message${skipped.count === 1 ? "" : "s"} — scroll up for history`;
}

/** Each line's element, kept while the line lives. */
const elements = new WeakMap<Line, { item: HTMLLIElement; shows: string }>();

function elementOf(line: Line): HTMLLIElement {
  const known = elements.get(line);
  if (known && known.shows === signature(line)) return known.item;
  const item = known ? fillLine(known.item, line) : lineElement(line);
  elements.set(line, { item, shows: signature(line) });
  return item;
}

/** Makes the log hold `wanted`, in order, touching only what changed: the
 * lines already there stay (the live region announces only new ones). */
function patchLog(wanted: HTMLLIElement[]): void {
  const keep = new Set<Element>(wanted);
  let node = log.firstElementChild;
  for (const item of wanted) {
    while (node && !keep.has(node)) {
      const next = node.nextElementSibling;
      node.remove();
      node = next;
    }
    if (node === item) node = node.nextElementSibling;
    else log.insertBefore(item, node);
  }
  while (node) {
    const next = node.nextElementSibling;
    node.remove();
    node = next;
  }
}

function renderLists(): void {
  const list = byId("rooms");
  list.replaceChildren(
    ...rooms.map((room) => {
      const item = el("li");
      const link = el("a", "open", `#${room.name}`);
      link.href = `#/room/${room.name}`;
      const conv = conversations.get(roomKey(room.name));
      if (current?.key === roomKey(room.name)) link.setAttribute("aria-current", "page");
      const count = el("span", "count", String(room.members));
      count.setAttribute("aria-label", `${room.members} member${room.members === 1 ? "" : "s"}`);
      item.append(link, count);
      if (conv?.unread) item.append(unreadBadge(conv.unread));
      const action = el("button", "small", room.member ? "Leave" : "Join");
      action.type = "button";
      action.setAttribute("aria-label", `${room.member ? "Leave" : "Join"} ${room.name}`);
      action.addEventListener("click", () => void (room.member ? leave(room.name) : join(room.name)));
      item.append(action);
      return item;
    }),
  );
  // Newest first, as ListConversations gives them.
  const peers = [...conversations.values()].filter((c) => !c.room).sort((a, b) => b.active - a.active || a.name.localeCompare(b.name));
  byId("peers").replaceChildren(
    ...peers.map((conv) => {
      const item = el("li");
      const link = el("a", "open", conv.name);
      link.href = `#/user/${conv.name}`;
      if (conv === current) link.setAttribute("aria-current", "page");
      item.append(link);
      if (conv.unread) item.append(unreadBadge(conv.unread));
      return item;
    }),
  );
}

function unreadBadge(count: number): HTMLElement {
  const badge = el("span", "unread", String(count));
  badge.setAttribute("aria-label", `${count} unread`);
  return badge;
}

function renderMembers(): void {
  const sorted = [...members].sort((a, b) => Number(b.online) - Number(a.online) || a.user.localeCompare(b.user));
  byId("members").replaceChildren(
    ...sorted.map((m) => {
      const item = el("li", m.online ? "online" : "offline", ` ${m.user}`);
      item.dataset.user = m.user;
      item.setAttribute("aria-label", `${m.user}, ${m.online ? "online" : "offline"}`);
      return item;
    }),
  );
  byId("members-title").textContent = current?.room
    ? `Members (${members.filter((m) => m.online).length} online of ${members.length})`
    : "Members";
}

for (const [button, panel] of [
  ["toggle-side", "side"],
  ["toggle-members", "members-panel"],
] as const) {
  byId(button).addEventListener("click", () => {
    const open = byId(panel).classList.toggle("open");
    byId(button).setAttribute("aria-expanded", String(open));
  });
}

const saved = savedIdentity();
if (saved) signIn(saved);
else signOut();
