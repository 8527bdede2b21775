package dev.confab.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The chat service. Every RPC needs the caller's identity in metadata.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ChatServiceGrpc {

  private ChatServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "confab.v1.ChatService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.JoinRequest,
      dev.confab.v1.JoinResponse> getJoinMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Join",
      requestType = dev.confab.v1.JoinRequest.class,
      responseType = dev.confab.v1.JoinResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.JoinRequest,
      dev.confab.v1.JoinResponse> getJoinMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.JoinRequest, dev.confab.v1.JoinResponse> getJoinMethod;
    if ((getJoinMethod = ChatServiceGrpc.getJoinMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getJoinMethod = ChatServiceGrpc.getJoinMethod) == null) {
          ChatServiceGrpc.getJoinMethod = getJoinMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.JoinRequest, dev.confab.v1.JoinResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Join"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.JoinRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.JoinResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Join"))
              .build();
        }
      }
    }
    return getJoinMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.LeaveRequest,
      dev.confab.v1.LeaveResponse> getLeaveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Leave",
      requestType = dev.confab.v1.LeaveRequest.class,
      responseType = dev.confab.v1.LeaveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.LeaveRequest,
      dev.confab.v1.LeaveResponse> getLeaveMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.LeaveRequest, dev.confab.v1.LeaveResponse> getLeaveMethod;
    if ((getLeaveMethod = ChatServiceGrpc.getLeaveMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getLeaveMethod = ChatServiceGrpc.getLeaveMethod) == null) {
          ChatServiceGrpc.getLeaveMethod = getLeaveMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.LeaveRequest, dev.confab.v1.LeaveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Leave"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.LeaveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.LeaveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Leave"))
              .build();
        }
      }
    }
    return getLeaveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.SendMessageRequest,
      dev.confab.v1.SendMessageResponse> getSendMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendMessage",
      requestType = dev.confab.v1.SendMessageRequest.class,
      responseType = dev.confab.v1.SendMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.SendMessageRequest,
      dev.confab.v1.SendMessageResponse> getSendMessageMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.SendMessageRequest, dev.confab.v1.SendMessageResponse> getSendMessageMethod;
    if ((getSendMessageMethod = ChatServiceGrpc.getSendMessageMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getSendMessageMethod = ChatServiceGrpc.getSendMessageMethod) == null) {
          ChatServiceGrpc.getSendMessageMethod = getSendMessageMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.SendMessageRequest, dev.confab.v1.SendMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SendMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SendMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("SendMessage"))
              .build();
        }
      }
    }
    return getSendMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.ChatRequest,
      dev.confab.v1.ChatResponse> getChatMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Chat",
      requestType = dev.confab.v1.ChatRequest.class,
      responseType = dev.confab.v1.ChatResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<dev.confab.v1.ChatRequest,
      dev.confab.v1.ChatResponse> getChatMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.ChatRequest, dev.confab.v1.ChatResponse> getChatMethod;
    if ((getChatMethod = ChatServiceGrpc.getChatMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getChatMethod = ChatServiceGrpc.getChatMethod) == null) {
          ChatServiceGrpc.getChatMethod = getChatMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.ChatRequest, dev.confab.v1.ChatResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Chat"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ChatRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ChatResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Chat"))
              .build();
        }
      }
    }
    return getChatMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.SubscribeRequest,
      dev.confab.v1.SubscribeResponse> getSubscribeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Subscribe",
      requestType = dev.confab.v1.SubscribeRequest.class,
      responseType = dev.confab.v1.SubscribeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.confab.v1.SubscribeRequest,
      dev.confab.v1.SubscribeResponse> getSubscribeMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.SubscribeRequest, dev.confab.v1.SubscribeResponse> getSubscribeMethod;
    if ((getSubscribeMethod = ChatServiceGrpc.getSubscribeMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getSubscribeMethod = ChatServiceGrpc.getSubscribeMethod) == null) {
          ChatServiceGrpc.getSubscribeMethod = getSubscribeMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.SubscribeRequest, dev.confab.v1.SubscribeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Subscribe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SubscribeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SubscribeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Subscribe"))
              .build();
        }
      }
    }
    return getSubscribeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.HistoryRequest,
      dev.confab.v1.HistoryResponse> getHistoryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "History",
      requestType = dev.confab.v1.HistoryRequest.class,
      responseType = dev.confab.v1.HistoryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.HistoryRequest,
      dev.confab.v1.HistoryResponse> getHistoryMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.HistoryRequest, dev.confab.v1.HistoryResponse> getHistoryMethod;
    if ((getHistoryMethod = ChatServiceGrpc.getHistoryMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getHistoryMethod = ChatServiceGrpc.getHistoryMethod) == null) {
          ChatServiceGrpc.getHistoryMethod = getHistoryMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.HistoryRequest, dev.confab.v1.HistoryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "History"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.HistoryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.HistoryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("History"))
              .build();
        }
      }
    }
    return getHistoryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.ListRoomsRequest,
      dev.confab.v1.ListRoomsResponse> getListRoomsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRooms",
      requestType = dev.confab.v1.ListRoomsRequest.class,
      responseType = dev.confab.v1.ListRoomsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.ListRoomsRequest,
      dev.confab.v1.ListRoomsResponse> getListRoomsMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.ListRoomsRequest, dev.confab.v1.ListRoomsResponse> getListRoomsMethod;
    if ((getListRoomsMethod = ChatServiceGrpc.getListRoomsMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getListRoomsMethod = ChatServiceGrpc.getListRoomsMethod) == null) {
          ChatServiceGrpc.getListRoomsMethod = getListRoomsMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.ListRoomsRequest, dev.confab.v1.ListRoomsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRooms"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ListRoomsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ListRoomsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("ListRooms"))
              .build();
        }
      }
    }
    return getListRoomsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.ListMembersRequest,
      dev.confab.v1.ListMembersResponse> getListMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMembers",
      requestType = dev.confab.v1.ListMembersRequest.class,
      responseType = dev.confab.v1.ListMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.ListMembersRequest,
      dev.confab.v1.ListMembersResponse> getListMembersMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.ListMembersRequest, dev.confab.v1.ListMembersResponse> getListMembersMethod;
    if ((getListMembersMethod = ChatServiceGrpc.getListMembersMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getListMembersMethod = ChatServiceGrpc.getListMembersMethod) == null) {
          ChatServiceGrpc.getListMembersMethod = getListMembersMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.ListMembersRequest, dev.confab.v1.ListMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ListMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ListMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("ListMembers"))
              .build();
        }
      }
    }
    return getListMembersMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ChatServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChatServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChatServiceStub>() {
        @java.lang.Override
        public ChatServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChatServiceStub(channel, callOptions);
        }
      };
    return ChatServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ChatServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChatServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChatServiceBlockingV2Stub>() {
        @java.lang.Override
        public ChatServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChatServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ChatServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ChatServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChatServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChatServiceBlockingStub>() {
        @java.lang.Override
        public ChatServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChatServiceBlockingStub(channel, callOptions);
        }
      };
    return ChatServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ChatServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChatServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChatServiceFutureStub>() {
        @java.lang.Override
        public ChatServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChatServiceFutureStub(channel, callOptions);
        }
      };
    return ChatServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The chat service. Every RPC needs the caller's identity in metadata.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Makes the caller a member of a room, creating the room on first join.
     * Members (including the caller's other sessions) see a `joined` event.
     * Idempotent: joining a room you are already in succeeds and stores
     * nothing.
     * </pre>
     */
    default void join(dev.confab.v1.JoinRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.JoinResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getJoinMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ends the caller's membership of a room. Members, and the caller's other
     * sessions, see a `left` event. Fails with FAILED_PRECONDITION if the
     * caller is not a member.
     * </pre>
     */
    default void leave(dev.confab.v1.LeaveRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.LeaveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLeaveMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sends a message to a room (the caller must be a member) or privately to
     * one user (who must exist: NOT_FOUND otherwise). Returns once the message
     * is stored, with its sequence number. Live sessions of the recipients
     * receive it on their Chat or Subscribe streams.
     * </pre>
     */
    default void sendMessage(dev.confab.v1.SendMessageRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SendMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * The live session. The session starts with the first frame the client
     * sends: send a `resume` frame first (it may be empty) to receive missed
     * events and then live ones; any other frame starts the session with no
     * replay and is then carried out.
     * While a session is open the caller is online: the rooms it is in see
     * `presence` changes when its first session opens and its last one
     * closes. The server streams every event of the caller's rooms and
     * private conversations, except the events this very session caused: for
     * those it sends an `ack` (or an `error`) that echoes the frame's
     * `request_id`. A failed command does not end the session, nor does a
     * frame that is not a valid `ChatRequest`: it is answered with an
     * `error` (INVALID_ARGUMENT), with its `request_id` if that could be read.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<dev.confab.v1.ChatRequest> chat(
        io.grpc.stub.StreamObserver<dev.confab.v1.ChatResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getChatMethod(), responseObserver);
    }

    /**
     * <pre>
     * A read-only tail of rooms the caller is a member of, for grpcurl, bots
     * and services. Each cursor names a room and, optionally, the last seq
     * already seen: the stream first replays what came after it, then
     * continues live. Subscribing does not make the caller online. When the
     * caller leaves a subscribed room, the stream shows the `left` event and
     * stops following that room; it ends (OK) when it follows no room.
     * </pre>
     */
    default void subscribe(dev.confab.v1.SubscribeRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SubscribeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubscribeMethod(), responseObserver);
    }

    /**
     * <pre>
     * A page of a room's (members only) or private conversation's past
     * events, in ascending seq order.
     * </pre>
     */
    default void history(dev.confab.v1.HistoryRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.HistoryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHistoryMethod(), responseObserver);
    }

    /**
     * <pre>
     * The rooms that exist, with their member counts, and whether the caller
     * is a member.
     * </pre>
     */
    default void listRooms(dev.confab.v1.ListRoomsRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ListRoomsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRoomsMethod(), responseObserver);
    }

    /**
     * <pre>
     * The members of a room, each online or offline.
     * </pre>
     */
    default void listMembers(dev.confab.v1.ListMembersRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ListMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMembersMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ChatService.
   * <pre>
   * The chat service. Every RPC needs the caller's identity in metadata.
   * </pre>
   */
  public static abstract class ChatServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ChatServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ChatService.
   * <pre>
   * The chat service. Every RPC needs the caller's identity in metadata.
   * </pre>
   */
  public static final class ChatServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ChatServiceStub> {
    private ChatServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChatServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChatServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Makes the caller a member of a room, creating the room on first join.
     * Members (including the caller's other sessions) see a `joined` event.
     * Idempotent: joining a room you are already in succeeds and stores
     * nothing.
     * </pre>
     */
    public void join(dev.confab.v1.JoinRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.JoinResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getJoinMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ends the caller's membership of a room. Members, and the caller's other
     * sessions, see a `left` event. Fails with FAILED_PRECONDITION if the
     * caller is not a member.
     * </pre>
     */
    public void leave(dev.confab.v1.LeaveRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.LeaveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLeaveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sends a message to a room (the caller must be a member) or privately to
     * one user (who must exist: NOT_FOUND otherwise). Returns once the message
     * is stored, with its sequence number. Live sessions of the recipients
     * receive it on their Chat or Subscribe streams.
     * </pre>
     */
    public void sendMessage(dev.confab.v1.SendMessageRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SendMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSendMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The live session. The session starts with the first frame the client
     * sends: send a `resume` frame first (it may be empty) to receive missed
     * events and then live ones; any other frame starts the session with no
     * replay and is then carried out.
     * While a session is open the caller is online: the rooms it is in see
     * `presence` changes when its first session opens and its last one
     * closes. The server streams every event of the caller's rooms and
     * private conversations, except the events this very session caused: for
     * those it sends an `ack` (or an `error`) that echoes the frame's
     * `request_id`. A failed command does not end the session, nor does a
     * frame that is not a valid `ChatRequest`: it is answered with an
     * `error` (INVALID_ARGUMENT), with its `request_id` if that could be read.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<dev.confab.v1.ChatRequest> chat(
        io.grpc.stub.StreamObserver<dev.confab.v1.ChatResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getChatMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * A read-only tail of rooms the caller is a member of, for grpcurl, bots
     * and services. Each cursor names a room and, optionally, the last seq
     * already seen: the stream first replays what came after it, then
     * continues live. Subscribing does not make the caller online. When the
     * caller leaves a subscribed room, the stream shows the `left` event and
     * stops following that room; it ends (OK) when it follows no room.
     * </pre>
     */
    public void subscribe(dev.confab.v1.SubscribeRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SubscribeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getSubscribeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A page of a room's (members only) or private conversation's past
     * events, in ascending seq order.
     * </pre>
     */
    public void history(dev.confab.v1.HistoryRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.HistoryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHistoryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The rooms that exist, with their member counts, and whether the caller
     * is a member.
     * </pre>
     */
    public void listRooms(dev.confab.v1.ListRoomsRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ListRoomsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRoomsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The members of a room, each online or offline.
     * </pre>
     */
    public void listMembers(dev.confab.v1.ListMembersRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ListMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMembersMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ChatService.
   * <pre>
   * The chat service. Every RPC needs the caller's identity in metadata.
   * </pre>
   */
  public static final class ChatServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ChatServiceBlockingV2Stub> {
    private ChatServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChatServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChatServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Makes the caller a member of a room, creating the room on first join.
     * Members (including the caller's other sessions) see a `joined` event.
     * Idempotent: joining a room you are already in succeeds and stores
     * nothing.
     * </pre>
     */
    public dev.confab.v1.JoinResponse join(dev.confab.v1.JoinRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getJoinMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends the caller's membership of a room. Members, and the caller's other
     * sessions, see a `left` event. Fails with FAILED_PRECONDITION if the
     * caller is not a member.
     * </pre>
     */
    public dev.confab.v1.LeaveResponse leave(dev.confab.v1.LeaveRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLeaveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends a message to a room (the caller must be a member) or privately to
     * one user (who must exist: NOT_FOUND otherwise). Returns once the message
     * is stored, with its sequence number. Live sessions of the recipients
     * receive it on their Chat or Subscribe streams.
     * </pre>
     */
    public dev.confab.v1.SendMessageResponse sendMessage(dev.confab.v1.SendMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSendMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The live session. The session starts with the first frame the client
     * sends: send a `resume` frame first (it may be empty) to receive missed
     * events and then live ones; any other frame starts the session with no
     * replay and is then carried out.
     * While a session is open the caller is online: the rooms it is in see
     * `presence` changes when its first session opens and its last one
     * closes. The server streams every event of the caller's rooms and
     * private conversations, except the events this very session caused: for
     * those it sends an `ack` (or an `error`) that echoes the frame's
     * `request_id`. A failed command does not end the session, nor does a
     * frame that is not a valid `ChatRequest`: it is answered with an
     * `error` (INVALID_ARGUMENT), with its `request_id` if that could be read.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<dev.confab.v1.ChatRequest, dev.confab.v1.ChatResponse>
        chat() {
      return io.grpc.stub.ClientCalls.blockingBidiStreamingCall(
          getChannel(), getChatMethod(), getCallOptions());
    }

    /**
     * <pre>
     * A read-only tail of rooms the caller is a member of, for grpcurl, bots
     * and services. Each cursor names a room and, optionally, the last seq
     * already seen: the stream first replays what came after it, then
     * continues live. Subscribing does not make the caller online. When the
     * caller leaves a subscribed room, the stream shows the `left` event and
     * stops following that room; it ends (OK) when it follows no room.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.confab.v1.SubscribeResponse>
        subscribe(dev.confab.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A page of a room's (members only) or private conversation's past
     * events, in ascending seq order.
     * </pre>
     */
    public dev.confab.v1.HistoryResponse history(dev.confab.v1.HistoryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHistoryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The rooms that exist, with their member counts, and whether the caller
     * is a member.
     * </pre>
     */
    public dev.confab.v1.ListRoomsResponse listRooms(dev.confab.v1.ListRoomsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRoomsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The members of a room, each online or offline.
     * </pre>
     */
    public dev.confab.v1.ListMembersResponse listMembers(dev.confab.v1.ListMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMembersMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ChatService.
   * <pre>
   * The chat service. Every RPC needs the caller's identity in metadata.
   * </pre>
   */
  public static final class ChatServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ChatServiceBlockingStub> {
    private ChatServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChatServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChatServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Makes the caller a member of a room, creating the room on first join.
     * Members (including the caller's other sessions) see a `joined` event.
     * Idempotent: joining a room you are already in succeeds and stores
     * nothing.
     * </pre>
     */
    public dev.confab.v1.JoinResponse join(dev.confab.v1.JoinRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getJoinMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends the caller's membership of a room. Members, and the caller's other
     * sessions, see a `left` event. Fails with FAILED_PRECONDITION if the
     * caller is not a member.
     * </pre>
     */
    public dev.confab.v1.LeaveResponse leave(dev.confab.v1.LeaveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLeaveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends a message to a room (the caller must be a member) or privately to
     * one user (who must exist: NOT_FOUND otherwise). Returns once the message
     * is stored, with its sequence number. Live sessions of the recipients
     * receive it on their Chat or Subscribe streams.
     * </pre>
     */
    public dev.confab.v1.SendMessageResponse sendMessage(dev.confab.v1.SendMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSendMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A read-only tail of rooms the caller is a member of, for grpcurl, bots
     * and services. Each cursor names a room and, optionally, the last seq
     * already seen: the stream first replays what came after it, then
     * continues live. Subscribing does not make the caller online. When the
     * caller leaves a subscribed room, the stream shows the `left` event and
     * stops following that room; it ends (OK) when it follows no room.
     * </pre>
     */
    public java.util.Iterator<dev.confab.v1.SubscribeResponse> subscribe(
        dev.confab.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A page of a room's (members only) or private conversation's past
     * events, in ascending seq order.
     * </pre>
     */
    public dev.confab.v1.HistoryResponse history(dev.confab.v1.HistoryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHistoryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The rooms that exist, with their member counts, and whether the caller
     * is a member.
     * </pre>
     */
    public dev.confab.v1.ListRoomsResponse listRooms(dev.confab.v1.ListRoomsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRoomsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The members of a room, each online or offline.
     * </pre>
     */
    public dev.confab.v1.ListMembersResponse listMembers(dev.confab.v1.ListMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMembersMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ChatService.
   * <pre>
   * The chat service. Every RPC needs the caller's identity in metadata.
   * </pre>
   */
  public static final class ChatServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ChatServiceFutureStub> {
    private ChatServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChatServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChatServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Makes the caller a member of a room, creating the room on first join.
     * Members (including the caller's other sessions) see a `joined` event.
     * Idempotent: joining a room you are already in succeeds and stores
     * nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.JoinResponse> join(
        dev.confab.v1.JoinRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getJoinMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ends the caller's membership of a room. Members, and the caller's other
     * sessions, see a `left` event. Fails with FAILED_PRECONDITION if the
     * caller is not a member.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.LeaveResponse> leave(
        dev.confab.v1.LeaveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLeaveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sends a message to a room (the caller must be a member) or privately to
     * one user (who must exist: NOT_FOUND otherwise). Returns once the message
     * is stored, with its sequence number. Live sessions of the recipients
     * receive it on their Chat or Subscribe streams.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.SendMessageResponse> sendMessage(
        dev.confab.v1.SendMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSendMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A page of a room's (members only) or private conversation's past
     * events, in ascending seq order.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.HistoryResponse> history(
        dev.confab.v1.HistoryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHistoryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The rooms that exist, with their member counts, and whether the caller
     * is a member.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.ListRoomsResponse> listRooms(
        dev.confab.v1.ListRoomsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRoomsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The members of a room, each online or offline.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.ListMembersResponse> listMembers(
        dev.confab.v1.ListMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMembersMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_JOIN = 0;
  private static final int METHODID_LEAVE = 1;
  private static final int METHODID_SEND_MESSAGE = 2;
  private static final int METHODID_SUBSCRIBE = 3;
  private static final int METHODID_HISTORY = 4;
  private static final int METHODID_LIST_ROOMS = 5;
  private static final int METHODID_LIST_MEMBERS = 6;
  private static final int METHODID_CHAT = 7;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_JOIN:
          serviceImpl.join((dev.confab.v1.JoinRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.JoinResponse>) responseObserver);
          break;
        case METHODID_LEAVE:
          serviceImpl.leave((dev.confab.v1.LeaveRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.LeaveResponse>) responseObserver);
          break;
        case METHODID_SEND_MESSAGE:
          serviceImpl.sendMessage((dev.confab.v1.SendMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.SendMessageResponse>) responseObserver);
          break;
        case METHODID_SUBSCRIBE:
          serviceImpl.subscribe((dev.confab.v1.SubscribeRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.SubscribeResponse>) responseObserver);
          break;
        case METHODID_HISTORY:
          serviceImpl.history((dev.confab.v1.HistoryRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.HistoryResponse>) responseObserver);
          break;
        case METHODID_LIST_ROOMS:
          serviceImpl.listRooms((dev.confab.v1.ListRoomsRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.ListRoomsResponse>) responseObserver);
          break;
        case METHODID_LIST_MEMBERS:
          serviceImpl.listMembers((dev.confab.v1.ListMembersRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.ListMembersResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CHAT:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.chat(
              (io.grpc.stub.StreamObserver<dev.confab.v1.ChatResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getJoinMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.JoinRequest,
              dev.confab.v1.JoinResponse>(
                service, METHODID_JOIN)))
        .addMethod(
          getLeaveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.LeaveRequest,
              dev.confab.v1.LeaveResponse>(
                service, METHODID_LEAVE)))
        .addMethod(
          getSendMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.SendMessageRequest,
              dev.confab.v1.SendMessageResponse>(
                service, METHODID_SEND_MESSAGE)))
        .addMethod(
          getChatMethod(),
          io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
            new MethodHandlers<
              dev.confab.v1.ChatRequest,
              dev.confab.v1.ChatResponse>(
                service, METHODID_CHAT)))
        .addMethod(
          getSubscribeMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.confab.v1.SubscribeRequest,
              dev.confab.v1.SubscribeResponse>(
                service, METHODID_SUBSCRIBE)))
        .addMethod(
          getHistoryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.HistoryRequest,
              dev.confab.v1.HistoryResponse>(
                service, METHODID_HISTORY)))
        .addMethod(
          getListRoomsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.ListRoomsRequest,
              dev.confab.v1.ListRoomsResponse>(
                service, METHODID_LIST_ROOMS)))
        .addMethod(
          getListMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.ListMembersRequest,
              dev.confab.v1.ListMembersResponse>(
                service, METHODID_LIST_MEMBERS)))
        .build();
  }

  private static abstract class ChatServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ChatServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.confab.v1.ChatProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ChatService");
    }
  }

  private static final class ChatServiceFileDescriptorSupplier
      extends ChatServiceBaseDescriptorSupplier {
    ChatServiceFileDescriptorSupplier() {}
  }

  private static final class ChatServiceMethodDescriptorSupplier
      extends ChatServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ChatServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (ChatServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ChatServiceFileDescriptorSupplier())
              .addMethod(getJoinMethod())
              .addMethod(getLeaveMethod())
              .addMethod(getSendMessageMethod())
              .addMethod(getChatMethod())
              .addMethod(getSubscribeMethod())
              .addMethod(getHistoryMethod())
              .addMethod(getListRoomsMethod())
              .addMethod(getListMembersMethod())
              .build();
        }
      }
    }
    return result;
  }
}
