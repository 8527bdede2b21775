// The confab example client for TypeScript on Node.
//
//   node dist/example.js --server 127.0.0.1:50051 --user alice --room lobby --peer bob
//
// It joins ROOM as USER, opens a Chat session that resumes from cursors (so
// it gets every event after where it started, exactly once, even one sent
// before the session was live), waits until PEER is online, sends one room
// message and one private message to PEER, prints every event it receives,
// and finishes once it has received both the room message and the private
// message from PEER: it then half-closes its request stream, drains the
// responses until the server ends the stream, prints `done` and exits 0. It
// can be run any number of times against the same server. It exits 1 on any
// error frame, failed RPC, or after 20 seconds.
//
// Against a server in JWT mode, set CONFAB_TOKEN to USER's token (its `sub`
// must be USER); against a server with TLS, set CONFAB_CA_FILE to the PEM
// file of the CA that signed its certificate.

import { credentials, Metadata, type ServiceError, type StatusObject, status } from "@grpc/grpc-js";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

import {
  ChatRequest,
  type ChatResponse,
  ChatServiceClient,
  type Cursor,
  type DeepPartial,
  type Event,
  HistoryRequest,
  type HistoryResponse,
  JoinRequest,
  type JoinResponse,
  ListMembersRequest,
  type ListMembersResponse,
  type Presence,
  PresenceState,
} from "./gen/confab/v1/chat";

const TIMEOUT_MS = 20_000;

interface Options {
  server: string;
  user: string;
  room: string;
  peer: string;
}

function usage(): string {
  return "usage: example --server HOST:PORT --user USER --room ROOM --peer PEER\n" +
    "       (defaults: --server 127.0.0.1:50051 --room lobby)";
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      server: { type: "string", default: "127.0.0.1:50051" },
      user: { type: "string" },
      room: { type: "string", default: "lobby" },
      peer: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(usage());
    process.exit(0);
  }
  if (!values.user || !values.peer) {
    throw new Error("--user and --peer are required\n" + usage());
  }
  return { server: values.server!, user: values.user, room: values.room!, peer: values.peer };
}

/** A one-shot flag that can be awaited. */
class Signal {
  private resolveFn!: () => void;
  readonly promise: Promise<void>;
  done = false;

  constructor(readonly what: string) {
    this.promise = new Promise<void>((resolve) => (this.resolveFn = resolve));
  }

  set(): void {
    if (!this.done) {
      this.done = true;
      this.resolveFn();
    }
  }
}

function presenceWord(state: PresenceState): string {
  switch (state) {
    case PresenceState.PRESENCE_STATE_ONLINE:
      return "online";
    case PresenceState.PRESENCE_STATE_OFFLINE:
      return "offline";
    default:
      return "in an unknown state";
  }
}

/** One line per event, e.g. `[lobby] bob: hello from bob`. */
function formatEvent(ev: Event): string {
  if (ev.message !== undefined) {
    if (ev.room !== "") return `[${ev.room}] ${ev.sender}: ${ev.message.text}`;
    return `[private] ${ev.sender} -> ${ev.recipient}: ${ev.message.text}`;
  }
  const where = ev.room !== "" ? `[${ev.room}]` : "[private]";
  if (ev.joined !== undefined) return `${where} * ${ev.sender} joined`;
  if (ev.left !== undefined) return `${where} * ${ev.sender} left`;
  return `${where} * ${ev.sender}: (unknown event, seq ${ev.seq})`;
}

function formatPresence(p: Presence): string {
  return `[${p.room}] * ${p.user} is ${presenceWord(p.state)}`;
}

function describeStatus(err: ServiceError | StatusObject): string {
  const name = status[err.code] ?? String(err.code);
  return `${name} (${err.code}): ${err.details}`;
}

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

/** A unary call as a promise; a failed call ends the program. */
function unary<T>(what: string, start: (done: (err: ServiceError | null, res: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve) =>
    start((err, res) => (err ? fail(`${what} failed: ${describeStatus(err)}`) : resolve(res))),
  );
}

async function main(): Promise<void> {
  let opts: Options;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const { server, user, room, peer } = opts;

  const caFile = process.env.CONFAB_CA_FILE;
  const transport = caFile
    ? credentials.createSsl(readFileSync(caFile))
    : credentials.createInsecure();
  const client = new ChatServiceClient(server, transport);
  const metadata = new Metadata();
  const token = process.env.CONFAB_TOKEN;
  if (token) {
    metadata.set("authorization", `Bearer ${token}`);
  } else {
    metadata.set("x-confab-user", user);
  }

  // Everything the run waits for, in order; the timeout reports what is missing.
  const ready = new Signal("the ready frame");
  const peerOnline = new Signal(`${peer} to be online`);
  const roomMessageFromPeer = new Signal(`the room message from ${peer} in ${room}`);
  const privateMessageFromPeer = new Signal(`the private message from ${peer}`);
  const streamEnded = new Signal("the end of the response stream");
  const acks = new Map<string, Signal>();
  const signals: Signal[] = [ready, peerOnline, roomMessageFromPeer, privateMessageFromPeer];

  let nextId = 0;
  const resumeId = `r${nextId++}`;
  let halfClosed = false;
  let sawEnd = false;
  let finalStatus: StatusObject | undefined;

  const timer = setTimeout(() => {
    const missing = [...signals, ...acks.values(), ...(halfClosed ? [streamEnded] : [])]
      .filter((s) => !s.done)
      .map((s) => s.what);
    fail(`timed out after ${TIMEOUT_MS / 1000} s; still missing: ${missing.join("; ") || "(nothing?)"}`);
  }, TIMEOUT_MS);

  // 1. Join the room and take the cursors, before the session is live.
  //    Join answers the room's latest seq, whether or not we were in it.
  const join = await unary<JoinResponse>("Join", (done) =>
    client.join(JoinRequest.fromPartial({ room }), metadata, done));
  const page = await unary<HistoryResponse>("History", (done) =>
    client.history(HistoryRequest.fromPartial({ conversation: { peer }, limit: 1 }), metadata, done));
  const cursors: Cursor[] = [
    { conversation: { room }, afterSeq: join.seq },
    { conversation: { peer }, afterSeq: page.lastSeq },
  ];

  const call = client.chat(metadata);

  call.on("data", (frame: ChatResponse) => {
    if (frame.ready !== undefined) {
      ready.set();
    } else if (frame.event !== undefined) {
      const ev = frame.event;
      console.log(formatEvent(ev));
      // Replayed (before `ready`) or live, each event comes once.
      if (ev.sender === peer && ev.message !== undefined) {
        if (ev.room === room) roomMessageFromPeer.set();
        if (ev.room === "" && ev.recipient === user) privateMessageFromPeer.set();
      }
    } else if (frame.presence !== undefined) {
      const p = frame.presence;
      console.log(formatPresence(p));
      if (p.room === room && p.user === peer && p.state === PresenceState.PRESENCE_STATE_ONLINE) peerOnline.set();
    } else if (frame.ack !== undefined) {
      // The server answers `resume` with `ready`; an ack for it is tolerated too.
      if (frame.ack.requestId === resumeId) return;
      const pending = acks.get(frame.ack.requestId);
      if (pending === undefined) fail(`ack for unknown request_id ${JSON.stringify(frame.ack.requestId)}`);
      pending.set();
    } else if (frame.error !== undefined) {
      const e = frame.error;
      const name = status[e.code] ?? String(e.code);
      fail(`request ${JSON.stringify(e.requestId)} failed: ${name} (${e.code}): ${e.message}`);
    } else {
      fail("received an empty ChatResponse frame");
    }
  });

  // grpc-js emits 'error' for a non-OK status; 'end' and 'status' close the stream.
  call.on("error", (err: ServiceError) => fail(`Chat stream failed: ${describeStatus(err)}`));
  const maybeFinished = (): void => {
    if (!sawEnd || finalStatus === undefined) return;
    if (finalStatus.code !== status.OK) fail(`Chat stream failed: ${describeStatus(finalStatus)}`);
    if (!halfClosed) fail("the server ended the Chat stream before the client was done");
    streamEnded.set();
  };
  call.on("end", () => {
    sawEnd = true;
    maybeFinished();
  });
  call.on("status", (st: StatusObject) => {
    finalStatus = st;
    maybeFinished();
  });

  /** Writes one command frame and resolves when its ack arrives. */
  const command = (what: string, req: Omit<DeepPartial<ChatRequest>, "requestId">): Promise<void> => {
    const requestId = `r${nextId++}`;
    const ack = new Signal(`the ack of ${requestId} (${what})`);
    acks.set(requestId, ack);
    call.write(ChatRequest.fromPartial({ ...req, requestId }));
    return ack.promise;
  };

  // 2. Resume from them: whatever comes after them arrives once, replayed
  //    before `ready` or live after it. (A client that reconnects resumes
  //    the same way, from the last seq it saw in each conversation.)
  call.write(ChatRequest.fromPartial({ requestId: resumeId, resume: { cursors } }));
  await ready.promise;

  // 3. Wait until the peer is online: it takes its cursors before it goes
  //    online, so whatever we send from now on comes after them.
  const members = await unary<ListMembersResponse>("ListMembers", (done) =>
    client.listMembers(ListMembersRequest.fromPartial({ room }), metadata, done));
  if (members.members.some((m) => m.user === peer && m.state === PresenceState.PRESENCE_STATE_ONLINE)) {
    peerOnline.set();
  }
  await peerOnline.promise;

  // 4. A room message and a private message, each acknowledged.
  await Promise.all([
    command(`send to ${room}`, { send: { room, text: `hello from ${user}` } }),
    command(`send to ${peer}`, { send: { toUser: peer, text: `psst ${peer}, this is ${user}` } }),
  ]);

  // 5. Once both messages from the peer are in, half-close and drain.
  await Promise.all([roomMessageFromPeer.promise, privateMessageFromPeer.promise]);
  halfClosed = true;
  call.end();
  await streamEnded.promise;

  clearTimeout(timer);
  client.close();
  console.log("done");
  process.exit(0);
}

main().catch((err: unknown) => fail(err instanceof Error ? err.stack ?? err.message : String(err)));
