// Command example is the confab example client in Go.
//
//	example --server HOST:PORT --user USER --room ROOM --peer PEER
//
// It joins ROOM as USER, opens a Chat session that resumes from cursors (so
// it gets every event after where it started, exactly once, even one sent
// before the session was live), waits until PEER is online, sends a room
// message and a private message to PEER, prints every event it receives, and
// exits 0 once it has received both the room message and the private message
// from PEER (after half-closing its stream and draining the server's
// responses). It can be run any number of times against the same server.
// Any error frame, failed RPC or a 20 second timeout makes it exit 1.
//
// Against a server in JWT mode, set CONFAB_TOKEN to USER's token (its `sub`
// must be USER); against a server with TLS, set CONFAB_CA_FILE to the PEM
// file of the CA that signed its certificate.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/protobuf/proto"

	confabv1 "github.com/confab-chat/confab/clients/go/gen/confab/v1"
)

// timeout bounds the whole run.
const timeout = 20 * time.Second

// frame is one result of the Chat stream's receive loop.
type frame struct {
	resp *confabv1.ChatResponse
	err  error // io.EOF when the server ended the stream with OK
}

// session tracks what the example has seen on its Chat stream.
type session struct {
	user, room, peer string

	stream   confabv1.ChatService_ChatClient
	frames   chan frame
	deadline <-chan time.Time
	nextID   int

	ready       bool
	acks        map[string]*confabv1.Ack
	peerOnline  bool
	gotRoomMsg  bool
	gotPrivMsg  bool
	streamEnded bool
}

func main() {
	server := flag.String("server", "127.0.0.1:50051", "confab server address (host:port)")
	user := flag.String("user", "", "who to be (x-confab-user, or the sub of CONFAB_TOKEN)")
	room := flag.String("room", "lobby", "room to join")
	peer := flag.String("peer", "", "the other user to exchange messages with")
	flag.Parse()
	if *user == "" || *peer == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: example --server HOST:PORT --user USER --room ROOM --peer PEER")
		os.Exit(2)
	}
	if err := run(*server, *user, *room, *peer); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println("done")
}

// transportCredentials is TLS trusting CONFAB_CA_FILE when it is set, and
// plaintext otherwise.
func transportCredentials() (credentials.TransportCredentials, error) {
	caFile := os.Getenv("CONFAB_CA_FILE")
	if caFile == "" {
		return insecure.NewCredentials(), nil
	}
	tls, err := credentials.NewClientTLSFromFile(caFile, "")
	if err != nil {
		return nil, fmt.Errorf("read CONFAB_CA_FILE %s: %w", caFile, err)
	}
	return tls, nil
}

func run(server, user, room, peer string) error {
	transport, err := transportCredentials()
	if err != nil {
		return err
	}
	conn, err := grpc.NewClient(server, grpc.WithTransportCredentials(transport))
	if err != nil {
		return fmt.Errorf("connect to %s: %w", server, err)
	}
	defer conn.Close()
	client := confabv1.NewChatServiceClient(conn)

	// The timer below reports what is missing; the context only backs it up.
	ctx, cancel := context.WithTimeout(context.Background(), timeout+5*time.Second)
	defer cancel()
	if token := os.Getenv("CONFAB_TOKEN"); token != "" {
		ctx = metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+token)
	} else {
		ctx = metadata.AppendToOutgoingContext(ctx, "x-confab-user", user)
	}

	// 1. Join the room and take the cursors, before the session is live.
	cursors, err := startCursors(ctx, client, room, peer)
	if err != nil {
		return err
	}

	stream, err := client.Chat(ctx)
	if err != nil {
		return fmt.Errorf("open Chat: %w", err)
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	s := &session{
		user: user, room: room, peer: peer,
		stream:   stream,
		frames:   make(chan frame, 64),
		deadline: timer.C,
		acks:     map[string]*confabv1.Ack{},
	}
	go s.receive()

	// 2. Resume from them: whatever comes after them arrives once, replayed
	// before ready or live after it. (A client that reconnects resumes the
	// same way, from the last seq it saw in each conversation.)
	resume := &confabv1.ResumeCommand{Cursors: cursors}
	if _, err := s.send(&confabv1.ChatRequest{Command: &confabv1.ChatRequest_Resume{Resume: resume}}); err != nil {
		return err
	}
	if err := s.waitFor("the ready frame", func() bool { return s.ready }); err != nil {
		return err
	}

	// 3. Wait until the peer is online: it takes its cursors before it goes
	// online, so whatever we send from now on comes after them.
	members, err := client.ListMembers(ctx, &confabv1.ListMembersRequest{Room: room})
	if err != nil {
		return fmt.Errorf("ListMembers %s: %w", room, err)
	}
	if slices.ContainsFunc(members.GetMembers(), func(m *confabv1.Member) bool {
		return m.GetUser() == peer && m.GetState() == confabv1.PresenceState_PRESENCE_STATE_ONLINE
	}) {
		s.peerOnline = true
	}
	if err := s.waitFor(peer+" to be online", func() bool { return s.peerOnline }); err != nil {
		return err
	}

	// 4. A room message and a private message, each acknowledged.
	text := "hello from " + user
	roomID, err := s.send(&confabv1.ChatRequest{Command: &confabv1.ChatRequest_Send{Send: &confabv1.SendMessageRequest{
		Target: &confabv1.SendMessageRequest_Room{Room: room}, Text: text,
	}}})
	if err != nil {
		return err
	}
	privID, err := s.send(&confabv1.ChatRequest{Command: &confabv1.ChatRequest_Send{Send: &confabv1.SendMessageRequest{
		Target: &confabv1.SendMessageRequest_ToUser{ToUser: peer}, Text: fmt.Sprintf("psst %s, this is %s", peer, user),
	}}})
	if err != nil {
		return err
	}
	if err := s.waitForAck(roomID, "room message"); err != nil {
		return err
	}
	if err := s.waitForAck(privID, "private message"); err != nil {
		return err
	}

	// 5. Wait for both messages from the peer, then half-close and drain.
	if err := s.waitFor("the messages from "+peer, func() bool { return s.gotRoomMsg && s.gotPrivMsg }); err != nil {
		return err
	}
	if err := stream.CloseSend(); err != nil {
		return fmt.Errorf("half-close Chat: %w", err)
	}
	return s.waitFor("the server to end the stream", func() bool { return s.streamEnded })
}

// startCursors joins room and returns where the client starts in it and in
// the private conversation with peer: each conversation's latest seq.
func startCursors(ctx context.Context, client confabv1.ChatServiceClient, room, peer string) ([]*confabv1.Cursor, error) {
	// Join answers the room's latest seq, whether or not we were in it.
	join, err := client.Join(ctx, &confabv1.JoinRequest{Room: room})
	if err != nil {
		return nil, fmt.Errorf("Join %s: %w", room, err)
	}
	private := &confabv1.Conversation{Kind: &confabv1.Conversation_Peer{Peer: peer}}
	page, err := client.History(ctx, &confabv1.HistoryRequest{Conversation: private, Limit: 1})
	if err != nil {
		return nil, fmt.Errorf("History with %s: %w", peer, err)
	}
	return []*confabv1.Cursor{
		{Conversation: &confabv1.Conversation{Kind: &confabv1.Conversation_Room{Room: room}}, AfterSeq: proto.Uint64(join.GetSeq())},
		{Conversation: private, AfterSeq: proto.Uint64(page.GetLastSeq())},
	}, nil
}

// receive forwards every frame of the stream to s.frames, then the error that
// ended it (io.EOF for OK).
func (s *session) receive() {
	for {
		resp, err := s.stream.Recv()
		if err != nil {
			s.frames <- frame{err: err}
			return
		}
		s.frames <- frame{resp: resp}
	}
}

// send sends a command with a fresh request_id and returns that id.
func (s *session) send(req *confabv1.ChatRequest) (string, error) {
	req.RequestId = fmt.Sprintf("r%d", s.nextID)
	s.nextID++
	if err := s.stream.Send(req); err != nil {
		// The real cause, if any, comes with Recv.
		if errors.Is(err, io.EOF) {
			return "", s.waitFor("the stream's status", func() bool { return false })
		}
		return "", fmt.Errorf("send %s: %w", req.GetRequestId(), err)
	}
	return req.GetRequestId(), nil
}

// waitForAck waits for the ack of request id and checks that it names a
// stored event.
func (s *session) waitForAck(id, what string) error {
	if err := s.waitFor("the ack of "+what+" ("+id+")", func() bool { return s.acks[id] != nil }); err != nil {
		return err
	}
	if ack := s.acks[id]; ack.GetSeq() == 0 {
		return fmt.Errorf("ack of %s (%s) has no seq: %v", what, id, ack)
	}
	return nil
}

// waitFor handles frames until done() holds. It fails on an error frame, on
// the stream ending before done() holds, and at the deadline, naming what
// is missing.
func (s *session) waitFor(what string, done func() bool) error {
	for !done() {
		if s.streamEnded {
			return fmt.Errorf("the server ended the stream while waiting for %s", what)
		}
		select {
		case f := <-s.frames:
			if f.err != nil {
				if errors.Is(f.err, io.EOF) {
					s.streamEnded = true
					continue
				}
				return fmt.Errorf("Chat stream failed while waiting for %s: %w", what, f.err)
			}
			if err := s.handle(f.resp); err != nil {
				return err
			}
		case <-s.deadline:
			return fmt.Errorf("timed out after %s waiting for %s; missing: %s", timeout, what, s.missing())
		}
	}
	return nil
}

// missing says which of the messages from the peer have not arrived.
func (s *session) missing() string {
	var m []string
	if !s.gotRoomMsg {
		m = append(m, fmt.Sprintf("the room message from %s in %s", s.peer, s.room))
	}
	if !s.gotPrivMsg {
		m = append(m, "the private message from "+s.peer)
	}
	if len(m) == 0 {
		return "nothing from " + s.peer
	}
	return strings.Join(m, ", ")
}

// handle prints a frame and records what it means.
func (s *session) handle(resp *confabv1.ChatResponse) error {
	switch f := resp.GetFrame().(type) {
	case *confabv1.ChatResponse_Ready:
		s.ready = true
	case *confabv1.ChatResponse_Ack:
		s.acks[f.Ack.GetRequestId()] = f.Ack
	case *confabv1.ChatResponse_Error:
		e := f.Error
		return fmt.Errorf("error frame for %s: code %d: %s", e.GetRequestId(), e.GetCode(), e.GetMessage())
	case *confabv1.ChatResponse_Presence:
		p := f.Presence
		state := "offline"
		if p.GetState() == confabv1.PresenceState_PRESENCE_STATE_ONLINE {
			state = "online"
		}
		fmt.Printf("[%s] * %s is %s\n", p.GetRoom(), p.GetUser(), state)
		if p.GetRoom() == s.room && p.GetUser() == s.peer {
			s.peerOnline = p.GetState() == confabv1.PresenceState_PRESENCE_STATE_ONLINE
		}
	case *confabv1.ChatResponse_Event:
		s.event(f.Event)
	}
	return nil
}

// event prints an event and notes the peer's messages.
func (s *session) event(ev *confabv1.Event) {
	switch ev.GetKind().(type) {
	case *confabv1.Event_Message:
		text := ev.GetMessage().GetText()
		if ev.GetRoom() == "" {
			fmt.Printf("[private] %s -> %s: %s\n", ev.GetSender(), ev.GetRecipient(), text)
			if ev.GetSender() == s.peer && ev.GetRecipient() == s.user {
				s.gotPrivMsg = true
			}
		} else {
			fmt.Printf("[%s] %s: %s\n", ev.GetRoom(), ev.GetSender(), text)
			if ev.GetSender() == s.peer && ev.GetRoom() == s.room {
				s.gotRoomMsg = true
			}
		}
	case *confabv1.Event_Joined:
		fmt.Printf("[%s] * %s joined\n", ev.GetRoom(), ev.GetSender())
	case *confabv1.Event_Left:
		fmt.Printf("[%s] * %s left\n", ev.GetRoom(), ev.GetSender())
	}
}
