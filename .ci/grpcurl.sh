#!/usr/bin/env bash
# CI step: the grpcurl walkthrough of README.md, run for real.
# Run from the repository root after `cargo build --bins`:
#   bash .ci/grpcurl.sh
# Installs grpcurl and grpc-health-probe (pinned, `go install` into
# clients/go/.tools/bin, git-ignored; Go's module and build caches make a
# second run cheap), starts a confab-server with the memory store, runs every
# command of the walkthrough and checks what each one printed (with python3,
# not only exit codes). Each command is kept below exactly as the walkthrough
# shows it, and the script fails if README.md does not show it verbatim.
#
# With CONFAB_CI_SECURE=1 (see lib.sh) the same walkthrough runs against a
# server in JWT mode with TLS: every command trusts the CI's CA instead of
# -plaintext and sends the user's bearer token instead of x-confab-user, and
# README.md's "Deploy it safely" must show those forms of the commands it
# quotes.
set -euo pipefail

GRPCURL_VERSION=v1.9.4
HEALTH_PROBE_VERSION=v0.4.61

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=$PWD/clients/go/.tools/bin
mkdir -p "$bin"

# go_tool NAME PACKAGE MODULE VERSION: go install PACKAGE@VERSION into $bin
# unless the binary there was built from MODULE at VERSION.
go_tool() {
  local name=$1 pkg=$2 mod=$3 version=$4 have=
  if [ -x "$bin/$name" ]; then
    have=$(go version -m "$bin/$name" 2>/dev/null | awk -v m="$mod" '$1 == "mod" && $2 == m { print $3 }')
  fi
  if [ "$have" != "$version" ]; then
    echo "grpcurl.sh: go install $pkg@$version" >&2
    GOBIN=$bin go install "$pkg@$version"
  fi
}
go_tool grpcurl github.com/fullstorydev/grpcurl/cmd/grpcurl github.com/fullstorydev/grpcurl "$GRPCURL_VERSION"
go_tool grpc-health-probe github.com/grpc-ecosystem/grpc-health-probe github.com/grpc-ecosystem/grpc-health-probe "$HEALTH_PROBE_VERSION"
export PATH="$bin:$PATH"

# The walkthrough's commands, exactly as README.md shows them.
read -r -d '' CMD_LIST <<'CMD' || true
grpcurl -plaintext $CONFAB_ADDR list
CMD
read -r -d '' CMD_DESCRIBE <<'CMD' || true
grpcurl -plaintext $CONFAB_ADDR describe confab.v1.ChatService
CMD
read -r -d '' CMD_JOIN_ALICE <<'CMD' || true
grpcurl -plaintext -H 'x-confab-user: alice' -d '{"room":"lobby"}' $CONFAB_ADDR confab.v1.ChatService/Join
CMD
read -r -d '' CMD_JOIN_BOB <<'CMD' || true
grpcurl -plaintext -H 'x-confab-user: bob' -d '{"room":"lobby"}' $CONFAB_ADDR confab.v1.ChatService/Join
CMD
read -r -d '' CMD_SEND <<'CMD' || true
grpcurl -plaintext -H 'x-confab-user: alice' -d '{"room":"lobby","text":"hello from alice"}' $CONFAB_ADDR confab.v1.ChatService/SendMessage
CMD
read -r -d '' CMD_SUBSCRIBE <<'CMD' || true
grpcurl -plaintext -H 'x-confab-user: bob' -d '{"cursors":[{"conversation":{"room":"lobby"},"afterSeq":"0"}]}' $CONFAB_ADDR confab.v1.ChatService/Subscribe
CMD
read -r -d '' CMD_SEND_LIVE <<'CMD' || true
grpcurl -plaintext -H 'x-confab-user: alice' -d '{"room":"lobby","text":"are you there, bob?"}' $CONFAB_ADDR confab.v1.ChatService/SendMessage
CMD
read -r -d '' CMD_CHAT <<'CMD' || true
grpcurl -plaintext -H 'x-confab-user: alice' -d @ $CONFAB_ADDR confab.v1.ChatService/Chat <<EOF
{"requestId":"r0","resume":{}}
{"requestId":"r1","send":{"room":"lobby","text":"hello from a Chat session"}}
{"requestId":"r2","send":{"toUser":"bob","text":"psst bob, this is alice"}}
EOF
CMD
read -r -d '' CMD_NOT_FOUND <<'CMD' || true
grpcurl -plaintext -H 'x-confab-user: alice' -d '{"toUser":"nobody","text":"hi"}' $CONFAB_ADDR confab.v1.ChatService/SendMessage
CMD
read -r -d '' CMD_HEALTH <<'CMD' || true
grpc-health-probe -addr=$CONFAB_ADDR
CMD

secure=${CONFAB_CI_SECURE:-0}
# shown: the commands README.md must show verbatim.
shown="CMD_LIST CMD_DESCRIBE CMD_JOIN_ALICE CMD_JOIN_BOB CMD_SEND CMD_SUBSCRIBE CMD_SEND_LIVE CMD_CHAT CMD_NOT_FOUND CMD_HEALTH"
if [ "$secure" = 1 ]; then
  # The secure forms: TLS trusting the CA, and a bearer token per user.
  for name in $shown; do
    cmd=$(sed -e 's/-plaintext /-cacert $CONFAB_CA_FILE /' \
      -e "s/-H 'x-confab-user: alice'/-H \"authorization: Bearer \$ALICE_TOKEN\"/" \
      -e "s/-H 'x-confab-user: bob'/-H \"authorization: Bearer \$BOB_TOKEN\"/" \
      -e 's/^grpc-health-probe -addr=$CONFAB_ADDR$/grpc-health-probe -addr=$CONFAB_ADDR -tls -tls-ca-cert=$CONFAB_CA_FILE/' \
      <<<"${!name}")
    printf -v "$name" '%s' "$cmd"
  done
  shown="CMD_LIST CMD_JOIN_ALICE CMD_SUBSCRIBE CMD_CHAT CMD_HEALTH"
fi

work=$(mktemp -d)
sub_pid=
# shellcheck source=lib.sh
source .ci/lib.sh
cleanup() {
  if [ -n "$sub_pid" ]; then
    kill "$sub_pid" 2>/dev/null || true
    wait "$sub_pid" 2>/dev/null || true
  fi
  stop_confab
  rm -rf "$work"
}
trap cleanup EXIT

# The checks, in python3: grpcurl prints a stream of JSON objects.
cat >"$work/check.py" <<'PY'
import json, sys

def objects(path):
    """The JSON objects grpcurl printed, one per message, in order."""
    text = open(path, encoding="utf-8").read()
    dec, i, out = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        obj, i = dec.raw_decode(text, i)
        out.append(obj)

def fail(msg):
    print("CHECK FAILED: " + msg, file=sys.stderr)
    sys.exit(1)

def want(cond, msg):
    if not cond:
        fail(msg)

def check_list(path):
    services = set(open(path, encoding="utf-8").read().split())
    for s in ("confab.v1.ChatService", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection"):
        want(s in services, f"list does not show {s}: {sorted(services)}")
    return "list shows confab.v1.ChatService, grpc.health.v1.Health, grpc.reflection.v1.ServerReflection"

def check_describe(path):
    lines = [l.strip() for l in open(path, encoding="utf-8")]
    want(lines and lines[0] == "confab.v1.ChatService is a service:", f"describe starts with {lines[:1]}")
    rpcs = {l.split()[1]: l for l in lines if l.startswith("rpc ")}
    expected = {
        "Join": "rpc Join ( .confab.v1.JoinRequest ) returns ( .confab.v1.JoinResponse );",
        "Leave": "rpc Leave ( .confab.v1.LeaveRequest ) returns ( .confab.v1.LeaveResponse );",
        "SendMessage": "rpc SendMessage ( .confab.v1.SendMessageRequest ) returns ( .confab.v1.SendMessageResponse );",
        "Chat": "rpc Chat ( stream .confab.v1.ChatRequest ) returns ( stream .confab.v1.ChatResponse );",
        "Subscribe": "rpc Subscribe ( .confab.v1.SubscribeRequest ) returns ( stream .confab.v1.SubscribeResponse );",
        "Receive": "rpc Receive ( .confab.v1.ReceiveRequest ) returns ( stream .confab.v1.ReceiveResponse );",
        "History": "rpc History ( .confab.v1.HistoryRequest ) returns ( .confab.v1.HistoryResponse );",
        "ListRooms": "rpc ListRooms ( .confab.v1.ListRoomsRequest ) returns ( .confab.v1.ListRoomsResponse );",
        "ListMembers": "rpc ListMembers ( .confab.v1.ListMembersRequest ) returns ( .confab.v1.ListMembersResponse );",
    }
    # Rooms with doors: unary, each XxxRequest -> XxxResponse.
    # Read positions, typing, edits and search: unary too.
    for name in ("CreateRoom", "Invite", "Kick", "Ban", "Unban", "SetTopic", "SetRole", "Block", "Unblock",
                 "EditMessage", "DeleteMessage", "React", "Search",
                 "MarkRead", "ListConversations", "SendTyping", "SetReadReceipts"):
        expected[name] = f"rpc {name} ( .confab.v1.{name}Request ) returns ( .confab.v1.{name}Response );"
    want(set(rpcs) == set(expected), f"describe shows RPCs {sorted(rpcs)}, want {sorted(expected)}")
    for name, line in expected.items():
        want(rpcs[name] == line, f"describe shows {rpcs[name]!r}, want {line!r}")
    return f"describe shows the {len(expected)} RPCs with their request and response types (Chat bidirectional, Subscribe and Receive server-streaming)"

def check_unary(path, **fields):
    objs = objects(path)
    want(len(objs) == 1, f"want one response, got {objs}")
    want(objs[0] == fields, f"response is {objs[0]}, want {fields}")
    return f"response {json.dumps(objs[0], separators=(',', ':'))}"

def room_event(obj, seq, sender, kind, text=None):
    ev = obj.get("event")
    if not ev or ev.get("room") != "lobby" or ev.get("seq") != str(seq) or ev.get("sender") != sender:
        return False
    if kind == "message":
        return ev.get("message", {}).get("text") == text
    return kind in ev

def check_subscribe(path, upto):
    """The stream holds lobby events 1..upto, in order, each exactly once."""
    evs = [o["event"] for o in objects(path) if "event" in o]
    expected = [
        (1, "alice", "joined", None),
        (2, "bob", "joined", None),
        (3, "alice", "message", "hello from alice"),
        (4, "alice", "message", "are you there, bob?"),
        (5, "alice", "message", "hello from a Chat session"),
    ][:upto]
    got = [int(e.get("seq", 0)) for e in evs]
    want(got == [e[0] for e in expected], f"subscribe stream has seqs {got}, want {[e[0] for e in expected]}")
    for e, (seq, sender, kind, text) in zip(evs, expected):
        want(room_event({"event": e}, seq, sender, kind, text), f"event {seq} is {e}, want {sender} {kind} {text or ''}")
    return f"subscribe stream holds lobby events 1..{upto} in order"

def check_subscribe_has(path, upto):
    """Exit 0 once the stream holds at least `upto` events (for polling)."""
    n = sum(1 for o in objects_lenient(path) if "event" in o)
    sys.exit(0 if n >= upto else 3)

def objects_lenient(path):
    try:
        return objects(path)
    except ValueError:  # a message half written
        text = open(path, encoding="utf-8").read()
        cut = text.rfind("\n}\n")
        if cut < 0:
            return []
        open(path + ".part", "w", encoding="utf-8").write(text[:cut + 3])
        return objects(path + ".part")

ALICE_ONLINE = {"presence": {"room": "lobby", "user": "alice", "state": "PRESENCE_STATE_ONLINE"}}
ALICE_OFFLINE = {"presence": {"room": "lobby", "user": "alice", "state": "PRESENCE_STATE_OFFLINE"}}

def check_subscribe_offline_has(path):
    """Exit 0 once the stream holds alice's offline presence (for polling)."""
    sys.exit(0 if ALICE_OFFLINE in objects_lenient(path) else 3)

def check_subscribe_presence(path):
    """After event 4, exactly what README.md shows: alice online, her
    Chat session's room message (event 5), alice offline."""
    objs = objects(path)
    fours = [i for i, o in enumerate(objs) if o.get("event", {}).get("seq") == "4"]
    want(len(fours) == 1, f"subscribe stream has event 4 {len(fours)} times: {objs}")
    tail = objs[fours[0] + 1:]
    want(len(tail) == 3, f"after event 4 the stream has {tail}, want alice online, event 5, alice offline")
    want(tail[0] == ALICE_ONLINE, f"after event 4 comes {tail[0]}, want {ALICE_ONLINE}")
    want(room_event(tail[1], 5, "alice", "message", "hello from a Chat session"),
         f"after alice online comes {tail[1]}, want event 5 from alice")
    want(tail[2] == ALICE_OFFLINE, f"after event 5 comes {tail[2]}, want {ALICE_OFFLINE}")
    return "subscribe stream saw alice's Chat session come online, its room message, and alice go offline"

def check_chat(path):
    objs = objects(path)
    want(len(objs) >= 3, f"want ready and two acks, got {objs}")
    # A resume without cursors first replays the lobby after alice's read
    # position (her join, seq 1): bob's join and her two messages, 2..4.
    ready_at = next((i for i, o in enumerate(objs) if "ready" in o), None)
    want(ready_at is not None, f"no ready frame in {objs}")
    replayed = [o["event"] for o in objs[:ready_at] if "event" in o]
    want(len(replayed) == ready_at and [(e["room"], e["seq"]) for e in replayed]
         == [("lobby", "2"), ("lobby", "3"), ("lobby", "4")],
         f"frames before ready are {objs[:ready_at]}, want lobby events 2..4")
    ready = objs[ready_at]["ready"]
    want(ready.get("rooms") == ["lobby"], f"ready is {ready}, want rooms [lobby]")
    want({"conversation": {"room": "lobby"}, "readSeq": "1"} in ready.get("unread", []),
         f"ready is {ready}, want lobby read up to seq 1 with nothing unread")
    acks = {o["ack"]["requestId"]: o["ack"] for o in objs if "ack" in o}
    errors = [o for o in objs if "error" in o]
    want(not errors, f"error frames: {errors}")
    want(acks.get("r1") == {"requestId": "r1", "conversation": {"room": "lobby"}, "seq": "5"},
         f"ack of r1 is {acks.get('r1')}, want room lobby seq 5")
    want(acks.get("r2") == {"requestId": "r2", "conversation": {"peer": "bob"}, "seq": "1"},
         f"ack of r2 is {acks.get('r2')}, want peer bob seq 1")
    own = [o for o in objs[ready_at:] if "event" in o and o["event"].get("sender") == "alice"
           and "message" in o["event"]]
    want(not own, f"the session received its own new messages as events: {own}")
    return "Chat: lobby 2..4 replayed from the read position, then ready (rooms [lobby], read up to 1), ack r1 (lobby seq 5), ack r2 (peer bob seq 1), no error, no echo of its own new messages"

def check_not_found(path):
    lines = [l.strip() for l in open(path, encoding="utf-8")]
    want(lines[:2] == ["ERROR:", "Code: NotFound"], f"want a NotFound status, got {lines}")
    return "private message to an unknown user: NotFound"

def check_health(path):
    text = open(path, encoding="utf-8").read().strip()
    want(text == "status: SERVING", f"health probe says {text!r}")
    return "grpc-health-probe: status: SERVING"

if __name__ == "__main__":
    name, path, *args = sys.argv[1:]
    fn = globals()["check_" + name]
    kwargs = dict(a.split("=", 1) for a in args if "=" in a)
    pos = [int(a) for a in args if "=" not in a]
    if name == "unary":
        kwargs = {k: (v == "true") if v in ("true", "false") else v for k, v in kwargs.items()}
        print("ok: " + fn(path, **kwargs))
    else:
        print("ok: " + fn(path, *pos))
PY
check() { python3 "$work/check.py" "$@"; }

# Every command must appear verbatim in a fenced block of the walkthrough.
docs=(README.md)
export CMD_LIST CMD_DESCRIBE CMD_JOIN_ALICE CMD_JOIN_BOB CMD_SEND CMD_SUBSCRIBE \
  CMD_SEND_LIVE CMD_CHAT CMD_NOT_FOUND CMD_HEALTH GRPCURL_VERSION HEALTH_PROBE_VERSION shown
python3 - "${docs[@]}" <<'PY'
import os, sys
names = os.environ["shown"].split()
cmds = {k: os.environ[k] for k in names}
bad = 0
for doc in sys.argv[1:]:
    # The shell blocks (```sh or ```bash) of the Markdown file.
    blocks, cur, lang = [], None, ""
    for line in open(doc, encoding="utf-8"):
        if line.lstrip().startswith("```"):
            if cur is None:
                cur, lang = "", line.strip()[3:].strip()
            else:
                if lang in ("sh", "bash", "shell"):
                    blocks.append(cur)
                cur = None
        elif cur is not None:
            cur += line
    for pin in ("grpcurl/cmd/grpcurl@" + os.environ["GRPCURL_VERSION"],
                "grpc-health-probe@" + os.environ["HEALTH_PROBE_VERSION"]):
        if not any(pin in b for b in blocks):
            print(f"grpcurl.sh: {doc} does not install {pin}", file=sys.stderr)
            bad = 1
    for name, cmd in sorted(cmds.items()):
        # The command must be whole lines of a fenced block.
        if not any(("\n" + b).find("\n" + cmd + "\n") >= 0 for b in blocks):
            print(f"grpcurl.sh: {doc} does not show {name} exactly as run:\n{cmd}", file=sys.stderr)
            bad = 1
sys.exit(bad)
PY
echo "ok: ${docs[*]} show every command exactly as run here"

start_confab
if [ "$secure" = 1 ]; then
  ALICE_TOKEN=$(token_for alice)
  BOB_TOKEN=$(token_for bob)
  export ALICE_TOKEN BOB_TOKEN
fi
echo "== grpcurl walkthrough against a fresh confab-server on $CONFAB_SERVER"

# step NAME CMD [EXPECTED_EXIT]: runs CMD, prints it and its output.
step() {
  local name=$1 cmd=$2 want_rc=${3:-0} rc=0
  echo "\$ $cmd"
  bash -c "$cmd" >"$work/$name.out" 2>&1 || rc=$?
  sed 's/^/  /' "$work/$name.out"
  if [ "$rc" -ne "$want_rc" ]; then
    echo "grpcurl.sh: FAIL: $name exited $rc, want $want_rc" >&2
    exit 1
  fi
}

step list "$CMD_LIST"
check list "$work/list.out"
step describe "$CMD_DESCRIBE"
check describe "$work/describe.out"
step join_alice "$CMD_JOIN_ALICE"
check unary "$work/join_alice.out" seq=1 joined=true
step join_bob "$CMD_JOIN_BOB"
check unary "$work/join_bob.out" seq=2 joined=true
step send "$CMD_SEND"
check unary "$work/send.out" seq=3

# wait_stream WHAT CHECK [ARGS...]: waits up to 10 s until `check CHECK
# subscribe.out ARGS...` passes on the Subscribe stream.
wait_stream() {
  local what=$1 i
  shift
  for i in $(seq 1 100); do
    if check "$1" "$work/subscribe.out" "${@:2}"; then return 0; fi
    if ! kill -0 "$sub_pid" 2>/dev/null; then
      echo "grpcurl.sh: FAIL: the Subscribe stream ended:" >&2
      cat "$work/subscribe.out" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "grpcurl.sh: FAIL: the Subscribe stream did not get $what within 10 s:" >&2
  cat "$work/subscribe.out" >&2
  exit 1
}

# wait_subscribe N: waits up to 10 s for the Subscribe stream to hold N events.
wait_subscribe() {
  wait_stream "$1 events" subscribe_has "$1"
}

echo "\$ $CMD_SUBSCRIBE &"
bash -c "exec $CMD_SUBSCRIBE" >"$work/subscribe.out" 2>&1 &
sub_pid=$!
wait_subscribe 3
check subscribe "$work/subscribe.out" 3
step send_live "$CMD_SEND_LIVE"
check unary "$work/send_live.out" seq=4
wait_subscribe 4
check subscribe "$work/subscribe.out" 4
step chat "$CMD_CHAT"
check chat "$work/chat.out"
wait_subscribe 5
wait_stream "alice's offline presence" subscribe_offline_has
kill "$sub_pid"
wait "$sub_pid" 2>/dev/null || true
sub_pid=
echo "  (Subscribe stream, stopped after alice went offline:)"
sed 's/^/  /' "$work/subscribe.out"
check subscribe "$work/subscribe.out" 5
check subscribe_presence "$work/subscribe.out"

step not_found "$CMD_NOT_FOUND" 69
check not_found "$work/not_found.out"
step health "$CMD_HEALTH"
check health "$work/health.out"

echo "grpcurl: OK$( [ "$secure" = 1 ] && echo " (JWT mode, TLS)"): list, describe, Join x2, SendMessage, Subscribe (replay via cursor + live, presence online/offline), Chat (ready + acks), NotFound status and health probe all checked against $CONFAB_ADDR"
