package dev.confab.example;

import dev.confab.v1.ChatRequest;
import dev.confab.v1.ChatResponse;
import dev.confab.v1.ChatServiceGrpc;
import dev.confab.v1.Conversation;
import dev.confab.v1.Cursor;
import dev.confab.v1.Event;
import dev.confab.v1.HistoryRequest;
import dev.confab.v1.JoinRequest;
import dev.confab.v1.ListMembersRequest;
import dev.confab.v1.ListMembersResponse;
import dev.confab.v1.Member;
import dev.confab.v1.Presence;
import dev.confab.v1.PresenceState;
import dev.confab.v1.ResumeCommand;
import dev.confab.v1.SendMessageRequest;
import io.grpc.ChannelCredentials;
import io.grpc.ClientInterceptor;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The confab example: joins a room, opens a Chat session that resumes from cursors (so it gets
 * every event after where it started, exactly once, even one sent before the session was live),
 * waits for a peer to be online, sends the peer a room message and a private message, and finishes
 * once it has received both from the peer. It can be run any number of times against one server.
 *
 * <pre>
 * example --server HOST:PORT --user USER --room ROOM --peer PEER
 * </pre>
 *
 * <p>Against a server in JWT mode, set {@code CONFAB_TOKEN} to USER's token (its {@code sub} must
 * be USER); against a server with TLS, set {@code CONFAB_CA_FILE} to the PEM file of the CA that
 * signed its certificate.
 *
 * <p>Every event received is printed as one line. Exit status 0 after {@code done}; 1 with the
 * reason on stderr on any error frame, failed call, or if the peer's messages have not arrived
 * within 20 seconds.
 */
public final class Example {
  private static final long TIMEOUT_SECONDS = 20;
  private static final Metadata.Key<String> USER_HEADER =
      Metadata.Key.of("x-confab-user", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  /** Queued when the server ends the Chat stream with OK. */
  private static final Object END_OF_STREAM = new Object();

  private final String user;
  private final String room;
  private final String peer;
  private final long deadlineNanos;
  /** Frames, the stream's error (a Throwable) or END_OF_STREAM, in arrival order. */
  private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();

  private final Set<String> acked = new HashSet<>();
  private boolean ready;
  private boolean peerOnline;
  private boolean gotRoomMessage;
  private boolean gotPrivateMessage;
  private boolean ended;

  private Example(String user, String room, String peer) {
    this.user = user;
    this.room = room;
    this.peer = peer;
    this.deadlineNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
  }

  /** Thrown to end the program with exit status 1 and the message on stderr. */
  private static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  public static void main(String[] argv) {
    String server = "127.0.0.1:50051";
    String user = null;
    String room = "lobby";
    String peer = null;
    for (int i = 0; i < argv.length; i++) {
      String arg = argv[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (name.equals("-h") || name.equals("--help")) {
        System.out.println(usage());
        System.exit(0);
      }
      if (value == null) {
        if (i + 1 >= argv.length) {
          usageError("missing value for " + name);
        }
        value = argv[++i];
      }
      switch (name) {
        case "--server" -> server = value;
        case "--user" -> user = value;
        case "--room" -> room = value;
        case "--peer" -> peer = value;
        default -> usageError("unknown argument " + arg);
      }
    }
    if (user == null || user.isEmpty() || peer == null || peer.isEmpty()) {
      usageError("--user and --peer are required");
    }

    int status = 0;
    ManagedChannel channel;
    try {
      channel = Grpc.newChannelBuilder(server, channelCredentials()).build();
    } catch (IOException e) {
      System.err.println("error: cannot read CONFAB_CA_FILE: " + e.getMessage());
      System.exit(1);
      return;
    }
    try {
      new Example(user, room, peer).run(channel);
    } catch (Failure e) {
      System.out.flush();
      System.err.println("error: " + e.getMessage());
      status = 1;
    } catch (InterruptedException e) {
      System.err.println("error: interrupted");
      status = 1;
    } finally {
      channel.shutdownNow();
    }
    System.out.flush();
    System.exit(status);
  }

  /** TLS trusting {@code CONFAB_CA_FILE} when it is set, plaintext otherwise. */
  private static ChannelCredentials channelCredentials() throws IOException {
    String caFile = System.getenv("CONFAB_CA_FILE");
    if (caFile == null || caFile.isEmpty()) {
      return InsecureChannelCredentials.create();
    }
    return TlsChannelCredentials.newBuilder().trustManager(new File(caFile)).build();
  }

  private static String usage() {
    return "usage: example --server HOST:PORT --user USER [--room ROOM] --peer PEER\n"
        + "  --server  confab server address (default 127.0.0.1:50051)\n"
        + "  --user    who this client is (sent as x-confab-user)\n"
        + "  --room    the room to join (default lobby)\n"
        + "  --peer    the user to exchange messages with";
  }

  private static void usageError(String message) {
    System.err.println("error: " + message);
    System.err.println(usage());
    System.exit(2);
  }

  private void run(ManagedChannel channel) throws Failure, InterruptedException {
    Metadata headers = new Metadata();
    String token = System.getenv("CONFAB_TOKEN");
    if (token != null && !token.isEmpty()) {
      headers.put(AUTHORIZATION, "Bearer " + token);
    } else {
      headers.put(USER_HEADER, user);
    }
    ClientInterceptor identity = MetadataUtils.newAttachHeadersInterceptor(headers);
    ChatServiceGrpc.ChatServiceStub async = ChatServiceGrpc.newStub(channel).withInterceptors(identity);
    ChatServiceGrpc.ChatServiceBlockingStub blocking =
        ChatServiceGrpc.newBlockingStub(channel).withInterceptors(identity);

    // 1. Join the room and take the cursors, before the session is live.
    List<Cursor> cursors = startCursors(blocking);

    // 2. Resume from them: whatever comes after them arrives once, replayed before `ready` or live
    // after it. (A client that reconnects resumes the same way, from the last seq it saw in each
    // conversation.)
    StreamObserver<ChatRequest> requests =
        async.chat(
            new StreamObserver<ChatResponse>() {
              @Override
              public void onNext(ChatResponse frame) {
                inbox.add(frame);
              }

              @Override
              public void onError(Throwable t) {
                inbox.add(t);
              }

              @Override
              public void onCompleted() {
                inbox.add(END_OF_STREAM);
              }
            });
    requests.onNext(
        ChatRequest.newBuilder()
            .setRequestId("r0")
            .setResume(ResumeCommand.newBuilder().addAllCursors(cursors))
            .build());
    waitFor(() -> ready, "the ready frame");

    // 3. Wait until the peer is online: it takes its cursors before it goes online, so whatever
    // we send from now on comes after them.
    ListMembersResponse members;
    try {
      members =
          blocking
              .withDeadlineAfter(remainingNanos(), TimeUnit.NANOSECONDS)
              .listMembers(ListMembersRequest.newBuilder().setRoom(room).build());
    } catch (RuntimeException e) {
      throw new Failure("ListMembers(" + room + ") failed: " + describe(Status.fromThrowable(e)));
    }
    for (Member member : members.getMembersList()) {
      if (member.getUser().equals(peer) && member.getState() == PresenceState.PRESENCE_STATE_ONLINE) {
        peerOnline = true;
      }
    }
    waitFor(() -> peerOnline, peer + " to be online");

    // 4. A room message and a private message to the peer.
    requests.onNext(
        ChatRequest.newBuilder()
            .setRequestId("r1")
            .setSend(SendMessageRequest.newBuilder().setRoom(room).setText("hello from " + user))
            .build());
    requests.onNext(
        ChatRequest.newBuilder()
            .setRequestId("r2")
            .setSend(
                SendMessageRequest.newBuilder()
                    .setToUser(peer)
                    .setText("psst " + peer + ", this is " + user))
            .build());
    waitFor(() -> acked.contains("r1"), "the ack of the room message");
    waitFor(() -> acked.contains("r2"), "the ack of the private message");

    // 5. Finish once both of the peer's messages are here.
    waitFor(() -> gotRoomMessage && gotPrivateMessage, null);
    requests.onCompleted();
    waitFor(() -> ended, "the server to end the Chat stream");
    System.out.println("done");
  }

  /**
   * Joins the room and returns where this client starts in it and in the private conversation
   * with the peer: each conversation's latest seq.
   */
  private List<Cursor> startCursors(ChatServiceGrpc.ChatServiceBlockingStub blocking)
      throws Failure {
    Conversation inRoom = Conversation.newBuilder().setRoom(room).build();
    Conversation withPeer = Conversation.newBuilder().setPeer(peer).build();
    ChatServiceGrpc.ChatServiceBlockingStub stub =
        blocking.withDeadlineAfter(remainingNanos(), TimeUnit.NANOSECONDS);
    try {
      // Join answers the room's latest seq, whether or not we were in it.
      long roomSeq = stub.join(JoinRequest.newBuilder().setRoom(room).build()).getSeq();
      long privateSeq =
          stub.history(HistoryRequest.newBuilder().setConversation(withPeer).setLimit(1).build())
              .getLastSeq();
      return List.of(
          Cursor.newBuilder().setConversation(inRoom).setAfterSeq(roomSeq).build(),
          Cursor.newBuilder().setConversation(withPeer).setAfterSeq(privateSeq).build());
    } catch (RuntimeException e) {
      throw new Failure("Join or History failed: " + describe(Status.fromThrowable(e)));
    }
  }

  /** Handles incoming frames until the condition holds, failing at the deadline. */
  private void waitFor(BooleanSupplier condition, String what) throws Failure, InterruptedException {
    while (!condition.getAsBoolean()) {
      long remaining = remainingNanos();
      Object item = remaining > 0 ? inbox.poll(remaining, TimeUnit.NANOSECONDS) : null;
      if (item == null) {
        throw new Failure(
            "timed out after " + TIMEOUT_SECONDS + " s waiting for " + (what != null ? what : missing()));
      }
      handle(item);
    }
  }

  private long remainingNanos() {
    return deadlineNanos - System.nanoTime();
  }

  private String missing() {
    List<String> missing = new ArrayList<>();
    if (!gotRoomMessage) {
      missing.add("the room message from " + peer + " in " + room);
    }
    if (!gotPrivateMessage) {
      missing.add("the private message from " + peer);
    }
    return String.join(" and ", missing);
  }

  private void handle(Object item) throws Failure {
    if (item == END_OF_STREAM) {
      if (!gotRoomMessage || !gotPrivateMessage) {
        throw new Failure("the server ended the Chat stream early");
      }
      ended = true;
      return;
    }
    if (item instanceof Throwable t) {
      throw new Failure("Chat stream failed: " + describe(Status.fromThrowable(t)));
    }
    ChatResponse frame = (ChatResponse) item;
    switch (frame.getFrameCase()) {
      case READY -> ready = true;
      case ACK -> acked.add(frame.getAck().getRequestId());
      case ERROR ->
          throw new Failure(
              "error frame for request "
                  + frame.getError().getRequestId()
                  + ": code "
                  + frame.getError().getCode()
                  + ": "
                  + frame.getError().getMessage());
      case EVENT -> onEvent(frame.getEvent());
      case PRESENCE -> onPresence(frame.getPresence());
      default -> {
        // A frame kind this client does not know: ignore it.
      }
    }
  }

  private void onEvent(Event event) {
    boolean isPrivate = event.getRoom().isEmpty();
    String where = isPrivate ? "[private] " : "[" + event.getRoom() + "] ";
    switch (event.getKindCase()) {
      case MESSAGE -> {
        String text = event.getMessage().getText();
        if (isPrivate) {
          System.out.println(where + event.getSender() + " -> " + event.getRecipient() + ": " + text);
          if (event.getSender().equals(peer) && event.getRecipient().equals(user)) {
            gotPrivateMessage = true;
          }
        } else {
          System.out.println(where + event.getSender() + ": " + text);
          if (event.getRoom().equals(room) && event.getSender().equals(peer)) {
            gotRoomMessage = true;
          }
        }
      }
      case JOINED -> System.out.println(where + "* " + event.getSender() + " joined");
      case LEFT -> System.out.println(where + "* " + event.getSender() + " left");
      default -> System.out.println(where + "* " + event.getSender() + " (unknown event)");
    }
  }

  private void onPresence(Presence presence) {
    String state =
        switch (presence.getState()) {
          case PRESENCE_STATE_ONLINE -> "online";
          case PRESENCE_STATE_OFFLINE -> "offline";
          default -> "in an unknown state";
        };
    System.out.println("[" + presence.getRoom() + "] * " + presence.getUser() + " is " + state);
    if (presence.getRoom().equals(room) && presence.getUser().equals(peer)) {
      peerOnline = presence.getState() == PresenceState.PRESENCE_STATE_ONLINE;
    }
  }

  private static String describe(Status status) {
    String text = status.getCode().toString();
    if (status.getDescription() != null && !status.getDescription().isEmpty()) {
      text += ": " + status.getDescription();
    }
    if (status.getCause() != null && status.getCause().getMessage() != null) {
      text += " (" + status.getCause().getMessage() + ")";
    }
    return text;
  }
}
