#!/usr/bin/env python3
"""confab example client.

Joins ROOM as USER, opens a Chat session that resumes from cursors (so it
gets every event after where it started, exactly once, even one sent before
the session was live), waits for PEER to be online, sends PEER a room
message and a private message, prints every event it receives, and
finishes once it has received both messages from PEER. It can be run any
number of times against the same server.

Against a server in JWT mode, set CONFAB_TOKEN to the user's token (its
`sub` must be USER); against a server with TLS, set CONFAB_CA_FILE to the
PEM file of the CA that signed its certificate.

    python clients/python/example.py --server 127.0.0.1:50051 \
        --user alice --room lobby --peer bob

Exit status 0 on success; 1 (with the reason on stderr) on any error frame,
failed RPC, or if PEER's messages did not all arrive within 20 seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

# The generated stubs live in clients/python/gen (package confab.v1).
sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))

import grpc  # noqa: E402

from confab.v1 import chat_pb2, chat_pb2_grpc  # noqa: E402

TIMEOUT_SECONDS = 20.0
DRAIN_TIMEOUT_SECONDS = 10.0


class Failure(Exception):
    """A reason to stop with exit status 1."""


def describe_rpc_error(what: str, err: grpc.RpcError) -> str:
    code = err.code() if hasattr(err, "code") else None
    details = err.details() if hasattr(err, "details") else str(err)
    name = code.name if code is not None else "UNKNOWN"
    return f"{what} failed: {name}: {details}"


class Session:
    """One Chat stream plus what it has seen so far."""

    def __init__(self, stub: chat_pb2_grpc.ChatServiceStub, args: argparse.Namespace):
        self.args = args
        self.metadata = identity(args)
        self.call = stub.Chat(metadata=self.metadata)
        self.next_id = 0
        self.ready: chat_pb2.Ready | None = None
        self.acks: dict[str, chat_pb2.Ack] = {}
        self.peer_online = False
        self.got_room_message = False
        self.got_private_message = False

    async def send(self, **command) -> str:
        request_id = f"r{self.next_id}"
        self.next_id += 1
        await self.call.write(chat_pb2.ChatRequest(request_id=request_id, **command))
        return request_id

    async def read(self) -> chat_pb2.ChatResponse | None:
        """Reads and handles one frame; None when the server ended the stream."""
        frame = await self.call.read()
        if frame is grpc.aio.EOF:
            return None
        self.handle(frame)
        return frame

    async def pump_until(self, done, what: str) -> None:
        """Handles frames until done() is true."""
        while not done():
            if await self.read() is None:
                code = await self.call.code()
                details = await self.call.details()
                raise Failure(
                    f"server ended the Chat stream while waiting for {what}: "
                    f"{code.name}: {details}"
                )

    def handle(self, frame: chat_pb2.ChatResponse) -> None:
        kind = frame.WhichOneof("frame")
        if kind == "event":
            self.on_event(frame.event)
        elif kind == "presence":
            p = frame.presence
            state = {
                chat_pb2.PRESENCE_STATE_ONLINE: "online",
                chat_pb2.PRESENCE_STATE_OFFLINE: "offline",
            }.get(p.state, "in an unknown state")
            print(f"[{p.room}] * {p.user} is {state}")
            if p.room == self.args.room and p.user == self.args.peer:
                self.peer_online = p.state == chat_pb2.PRESENCE_STATE_ONLINE
        elif kind == "ack":
            self.acks[frame.ack.request_id] = frame.ack
        elif kind == "error":
            e = frame.error
            code = next((c.name for c in grpc.StatusCode if c.value[0] == e.code), str(e.code))
            raise Failure(f"error frame for {e.request_id or '(no request id)'}: {code}: {e.message}")
        elif kind == "ready":
            self.ready = frame.ready
        else:
            raise Failure(f"unexpected frame from server: {frame}")

    def on_event(self, ev: chat_pb2.Event) -> None:
        args = self.args
        kind = ev.WhichOneof("kind")
        if kind == "message":
            if ev.room:
                print(f"[{ev.room}] {ev.sender}: {ev.message.text}")
                if ev.room == args.room and ev.sender == args.peer:
                    self.got_room_message = True
            else:
                print(f"[private] {ev.sender} -> {ev.recipient}: {ev.message.text}")
                if ev.sender == args.peer and ev.recipient == args.user:
                    self.got_private_message = True
        elif kind == "joined":
            print(f"[{ev.room}] * {ev.sender} joined")
        elif kind == "left":
            print(f"[{ev.room}] * {ev.sender} left")
        else:
            print(f"[{ev.room or 'private'}] (event seq {ev.seq} of an unknown kind)")

    def missing(self) -> list[str]:
        out = []
        if self.ready is None:
            out.append("the ready frame")
        if not self.got_room_message:
            out.append(f"the room message from {self.args.peer} in {self.args.room}")
        if not self.got_private_message:
            out.append(f"the private message from {self.args.peer}")
        return out


async def cursors(stub: chat_pb2_grpc.ChatServiceStub, args, metadata) -> list[chat_pb2.Cursor]:
    """Joins the room and returns where this client starts in it and in the
    private conversation with the peer: each conversation's latest seq."""
    room = chat_pb2.Conversation(room=args.room)
    private = chat_pb2.Conversation(peer=args.peer)
    try:
        # Join answers the room's latest seq, whether or not we were in it.
        join = await stub.Join(chat_pb2.JoinRequest(room=args.room), metadata=metadata)
        page = await stub.History(
            chat_pb2.HistoryRequest(conversation=private, limit=1), metadata=metadata
        )
    except grpc.RpcError as err:
        raise Failure(describe_rpc_error("Join or History", err)) from err
    return [
        chat_pb2.Cursor(conversation=room, after_seq=join.seq),
        chat_pb2.Cursor(conversation=private, after_seq=page.last_seq),
    ]


async def converse(session: Session, stub: chat_pb2_grpc.ChatServiceStub) -> None:
    args = session.args

    # 1. Join the room and take the cursors, before this session is live.
    start = await cursors(stub, args, session.metadata)

    # 2. Resume from them: whatever comes after them arrives once, replayed
    #    before `ready` or live after it. (A client that reconnects resumes
    #    the same way, from the last seq it saw in each conversation.)
    await session.send(resume=chat_pb2.ResumeCommand(cursors=start))
    await session.pump_until(lambda: session.ready is not None, "the ready frame")

    # 3. Wait for the peer to be online: it takes its cursors before it goes
    #    online, so whatever we send from now on comes after them.
    try:
        members = await stub.ListMembers(
            chat_pb2.ListMembersRequest(room=args.room), metadata=session.metadata
        )
    except grpc.RpcError as err:
        raise Failure(describe_rpc_error("ListMembers", err)) from err
    if any(
        m.user == args.peer and m.state == chat_pb2.PRESENCE_STATE_ONLINE
        for m in members.members
    ):
        session.peer_online = True
    await session.pump_until(lambda: session.peer_online, f"{args.peer} to be online")

    # 4. Say hello in the room and privately; check both acks.
    room_id = await session.send(
        send=chat_pb2.SendMessageRequest(room=args.room, text=f"hello from {args.user}")
    )
    private_id = await session.send(
        send=chat_pb2.SendMessageRequest(
            to_user=args.peer, text=f"psst {args.peer}, this is {args.user}"
        )
    )

    # 5. Print everything until both acks and both of the peer's messages are in.
    await session.pump_until(
        lambda: room_id in session.acks
        and private_id in session.acks
        and session.got_room_message
        and session.got_private_message,
        f"the acks and {args.peer}'s messages",
    )


async def finish(session: Session) -> None:
    """Half-closes the request stream and drains it until the server ends it."""
    await session.call.done_writing()
    while await session.read() is not None:
        pass
    code = await session.call.code()
    if code != grpc.StatusCode.OK:
        raise Failure(f"Chat ended with {code.name}: {await session.call.details()}")


def identity(args: argparse.Namespace) -> tuple[tuple[str, str], ...]:
    """The metadata that says who we are: a bearer token when CONFAB_TOKEN
    is set (a server in JWT mode; the token's `sub` must be --user), the
    x-confab-user header otherwise (open mode)."""
    token = os.environ.get("CONFAB_TOKEN")
    if token:
        return (("authorization", f"Bearer {token}"),)
    return (("x-confab-user", args.user),)


def channel_to(server: str) -> grpc.aio.Channel:
    """A TLS channel trusting CONFAB_CA_FILE when it is set, plaintext
    otherwise."""
    ca_file = os.environ.get("CONFAB_CA_FILE")
    if not ca_file:
        return grpc.aio.insecure_channel(server)
    with open(ca_file, "rb") as f:
        credentials = grpc.ssl_channel_credentials(root_certificates=f.read())
    return grpc.aio.secure_channel(server, credentials)


async def run(args: argparse.Namespace) -> int:
    async with channel_to(args.server) as channel:
        stub = chat_pb2_grpc.ChatServiceStub(channel)
        session = Session(stub, args)
        try:
            try:
                await asyncio.wait_for(converse(session, stub), TIMEOUT_SECONDS)
            except asyncio.TimeoutError:
                missing = session.missing()
                pending = [
                    rid for rid in (f"r{i}" for i in range(1, session.next_id))
                    if rid not in session.acks
                ]
                if pending:
                    missing.append("acks of " + ", ".join(pending))
                if not session.peer_online:
                    missing.append(f"{args.peer} being online in {args.room}")
                raise Failure(
                    f"timed out after {TIMEOUT_SECONDS:.0f} s; missing: "
                    + ("; ".join(missing) or "nothing (still waiting)")
                )
            try:
                await asyncio.wait_for(finish(session), DRAIN_TIMEOUT_SECONDS)
            except asyncio.TimeoutError:
                raise Failure(
                    f"the server did not end the Chat stream within "
                    f"{DRAIN_TIMEOUT_SECONDS:.0f} s of the half-close"
                )
        except grpc.RpcError as err:
            session.call.cancel()
            print(describe_rpc_error("Chat", err), file=sys.stderr)
            return 1
        except Failure as err:
            session.call.cancel()
            print(err, file=sys.stderr)
            return 1
    print("done")
    return 0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="confab example chat client")
    parser.add_argument("--server", default="127.0.0.1:50051", help="HOST:PORT (default %(default)s)")
    parser.add_argument("--user", required=True, help="your user name")
    parser.add_argument("--room", default="lobby", help="room to join (default %(default)s)")
    parser.add_argument("--peer", required=True, help="the user to talk to")
    args = parser.parse_args(argv)
    if args.user == args.peer:
        parser.error("--peer must differ from --user")
    return args


def main() -> int:
    sys.stdout.reconfigure(line_buffering=True)
    return asyncio.run(run(parse_args()))


if __name__ == "__main__":
    sys.exit(main())
