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

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.CreateRoomRequest,
      dev.confab.v1.CreateRoomResponse> getCreateRoomMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateRoom",
      requestType = dev.confab.v1.CreateRoomRequest.class,
      responseType = dev.confab.v1.CreateRoomResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.CreateRoomRequest,
      dev.confab.v1.CreateRoomResponse> getCreateRoomMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.CreateRoomRequest, dev.confab.v1.CreateRoomResponse> getCreateRoomMethod;
    if ((getCreateRoomMethod = ChatServiceGrpc.getCreateRoomMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getCreateRoomMethod = ChatServiceGrpc.getCreateRoomMethod) == null) {
          ChatServiceGrpc.getCreateRoomMethod = getCreateRoomMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.CreateRoomRequest, dev.confab.v1.CreateRoomResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateRoom"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.CreateRoomRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.CreateRoomResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("CreateRoom"))
              .build();
        }
      }
    }
    return getCreateRoomMethod;
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

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.ReceiveRequest,
      dev.confab.v1.ReceiveResponse> getReceiveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Receive",
      requestType = dev.confab.v1.ReceiveRequest.class,
      responseType = dev.confab.v1.ReceiveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.confab.v1.ReceiveRequest,
      dev.confab.v1.ReceiveResponse> getReceiveMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.ReceiveRequest, dev.confab.v1.ReceiveResponse> getReceiveMethod;
    if ((getReceiveMethod = ChatServiceGrpc.getReceiveMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getReceiveMethod = ChatServiceGrpc.getReceiveMethod) == null) {
          ChatServiceGrpc.getReceiveMethod = getReceiveMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.ReceiveRequest, dev.confab.v1.ReceiveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Receive"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ReceiveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ReceiveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Receive"))
              .build();
        }
      }
    }
    return getReceiveMethod;
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

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.InviteRequest,
      dev.confab.v1.InviteResponse> getInviteMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Invite",
      requestType = dev.confab.v1.InviteRequest.class,
      responseType = dev.confab.v1.InviteResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.InviteRequest,
      dev.confab.v1.InviteResponse> getInviteMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.InviteRequest, dev.confab.v1.InviteResponse> getInviteMethod;
    if ((getInviteMethod = ChatServiceGrpc.getInviteMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getInviteMethod = ChatServiceGrpc.getInviteMethod) == null) {
          ChatServiceGrpc.getInviteMethod = getInviteMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.InviteRequest, dev.confab.v1.InviteResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Invite"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.InviteRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.InviteResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Invite"))
              .build();
        }
      }
    }
    return getInviteMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.KickRequest,
      dev.confab.v1.KickResponse> getKickMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Kick",
      requestType = dev.confab.v1.KickRequest.class,
      responseType = dev.confab.v1.KickResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.KickRequest,
      dev.confab.v1.KickResponse> getKickMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.KickRequest, dev.confab.v1.KickResponse> getKickMethod;
    if ((getKickMethod = ChatServiceGrpc.getKickMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getKickMethod = ChatServiceGrpc.getKickMethod) == null) {
          ChatServiceGrpc.getKickMethod = getKickMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.KickRequest, dev.confab.v1.KickResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Kick"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.KickRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.KickResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Kick"))
              .build();
        }
      }
    }
    return getKickMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.BanRequest,
      dev.confab.v1.BanResponse> getBanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Ban",
      requestType = dev.confab.v1.BanRequest.class,
      responseType = dev.confab.v1.BanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.BanRequest,
      dev.confab.v1.BanResponse> getBanMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.BanRequest, dev.confab.v1.BanResponse> getBanMethod;
    if ((getBanMethod = ChatServiceGrpc.getBanMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getBanMethod = ChatServiceGrpc.getBanMethod) == null) {
          ChatServiceGrpc.getBanMethod = getBanMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.BanRequest, dev.confab.v1.BanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Ban"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.BanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.BanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Ban"))
              .build();
        }
      }
    }
    return getBanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.UnbanRequest,
      dev.confab.v1.UnbanResponse> getUnbanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Unban",
      requestType = dev.confab.v1.UnbanRequest.class,
      responseType = dev.confab.v1.UnbanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.UnbanRequest,
      dev.confab.v1.UnbanResponse> getUnbanMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.UnbanRequest, dev.confab.v1.UnbanResponse> getUnbanMethod;
    if ((getUnbanMethod = ChatServiceGrpc.getUnbanMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getUnbanMethod = ChatServiceGrpc.getUnbanMethod) == null) {
          ChatServiceGrpc.getUnbanMethod = getUnbanMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.UnbanRequest, dev.confab.v1.UnbanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Unban"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.UnbanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.UnbanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Unban"))
              .build();
        }
      }
    }
    return getUnbanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.SetTopicRequest,
      dev.confab.v1.SetTopicResponse> getSetTopicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetTopic",
      requestType = dev.confab.v1.SetTopicRequest.class,
      responseType = dev.confab.v1.SetTopicResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.SetTopicRequest,
      dev.confab.v1.SetTopicResponse> getSetTopicMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.SetTopicRequest, dev.confab.v1.SetTopicResponse> getSetTopicMethod;
    if ((getSetTopicMethod = ChatServiceGrpc.getSetTopicMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getSetTopicMethod = ChatServiceGrpc.getSetTopicMethod) == null) {
          ChatServiceGrpc.getSetTopicMethod = getSetTopicMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.SetTopicRequest, dev.confab.v1.SetTopicResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetTopic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SetTopicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SetTopicResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("SetTopic"))
              .build();
        }
      }
    }
    return getSetTopicMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.SetRoleRequest,
      dev.confab.v1.SetRoleResponse> getSetRoleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetRole",
      requestType = dev.confab.v1.SetRoleRequest.class,
      responseType = dev.confab.v1.SetRoleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.SetRoleRequest,
      dev.confab.v1.SetRoleResponse> getSetRoleMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.SetRoleRequest, dev.confab.v1.SetRoleResponse> getSetRoleMethod;
    if ((getSetRoleMethod = ChatServiceGrpc.getSetRoleMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getSetRoleMethod = ChatServiceGrpc.getSetRoleMethod) == null) {
          ChatServiceGrpc.getSetRoleMethod = getSetRoleMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.SetRoleRequest, dev.confab.v1.SetRoleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetRole"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SetRoleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SetRoleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("SetRole"))
              .build();
        }
      }
    }
    return getSetRoleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.BlockRequest,
      dev.confab.v1.BlockResponse> getBlockMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Block",
      requestType = dev.confab.v1.BlockRequest.class,
      responseType = dev.confab.v1.BlockResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.BlockRequest,
      dev.confab.v1.BlockResponse> getBlockMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.BlockRequest, dev.confab.v1.BlockResponse> getBlockMethod;
    if ((getBlockMethod = ChatServiceGrpc.getBlockMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getBlockMethod = ChatServiceGrpc.getBlockMethod) == null) {
          ChatServiceGrpc.getBlockMethod = getBlockMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.BlockRequest, dev.confab.v1.BlockResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Block"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.BlockRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.BlockResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Block"))
              .build();
        }
      }
    }
    return getBlockMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.UnblockRequest,
      dev.confab.v1.UnblockResponse> getUnblockMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Unblock",
      requestType = dev.confab.v1.UnblockRequest.class,
      responseType = dev.confab.v1.UnblockResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.UnblockRequest,
      dev.confab.v1.UnblockResponse> getUnblockMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.UnblockRequest, dev.confab.v1.UnblockResponse> getUnblockMethod;
    if ((getUnblockMethod = ChatServiceGrpc.getUnblockMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getUnblockMethod = ChatServiceGrpc.getUnblockMethod) == null) {
          ChatServiceGrpc.getUnblockMethod = getUnblockMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.UnblockRequest, dev.confab.v1.UnblockResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Unblock"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.UnblockRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.UnblockResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Unblock"))
              .build();
        }
      }
    }
    return getUnblockMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.EditMessageRequest,
      dev.confab.v1.EditMessageResponse> getEditMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "EditMessage",
      requestType = dev.confab.v1.EditMessageRequest.class,
      responseType = dev.confab.v1.EditMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.EditMessageRequest,
      dev.confab.v1.EditMessageResponse> getEditMessageMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.EditMessageRequest, dev.confab.v1.EditMessageResponse> getEditMessageMethod;
    if ((getEditMessageMethod = ChatServiceGrpc.getEditMessageMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getEditMessageMethod = ChatServiceGrpc.getEditMessageMethod) == null) {
          ChatServiceGrpc.getEditMessageMethod = getEditMessageMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.EditMessageRequest, dev.confab.v1.EditMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "EditMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.EditMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.EditMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("EditMessage"))
              .build();
        }
      }
    }
    return getEditMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.DeleteMessageRequest,
      dev.confab.v1.DeleteMessageResponse> getDeleteMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteMessage",
      requestType = dev.confab.v1.DeleteMessageRequest.class,
      responseType = dev.confab.v1.DeleteMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.DeleteMessageRequest,
      dev.confab.v1.DeleteMessageResponse> getDeleteMessageMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.DeleteMessageRequest, dev.confab.v1.DeleteMessageResponse> getDeleteMessageMethod;
    if ((getDeleteMessageMethod = ChatServiceGrpc.getDeleteMessageMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getDeleteMessageMethod = ChatServiceGrpc.getDeleteMessageMethod) == null) {
          ChatServiceGrpc.getDeleteMessageMethod = getDeleteMessageMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.DeleteMessageRequest, dev.confab.v1.DeleteMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.DeleteMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.DeleteMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("DeleteMessage"))
              .build();
        }
      }
    }
    return getDeleteMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.ReactRequest,
      dev.confab.v1.ReactResponse> getReactMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "React",
      requestType = dev.confab.v1.ReactRequest.class,
      responseType = dev.confab.v1.ReactResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.ReactRequest,
      dev.confab.v1.ReactResponse> getReactMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.ReactRequest, dev.confab.v1.ReactResponse> getReactMethod;
    if ((getReactMethod = ChatServiceGrpc.getReactMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getReactMethod = ChatServiceGrpc.getReactMethod) == null) {
          ChatServiceGrpc.getReactMethod = getReactMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.ReactRequest, dev.confab.v1.ReactResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "React"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ReactRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ReactResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("React"))
              .build();
        }
      }
    }
    return getReactMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.SearchRequest,
      dev.confab.v1.SearchResponse> getSearchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Search",
      requestType = dev.confab.v1.SearchRequest.class,
      responseType = dev.confab.v1.SearchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.SearchRequest,
      dev.confab.v1.SearchResponse> getSearchMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.SearchRequest, dev.confab.v1.SearchResponse> getSearchMethod;
    if ((getSearchMethod = ChatServiceGrpc.getSearchMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getSearchMethod = ChatServiceGrpc.getSearchMethod) == null) {
          ChatServiceGrpc.getSearchMethod = getSearchMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.SearchRequest, dev.confab.v1.SearchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Search"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SearchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SearchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("Search"))
              .build();
        }
      }
    }
    return getSearchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.MarkReadRequest,
      dev.confab.v1.MarkReadResponse> getMarkReadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MarkRead",
      requestType = dev.confab.v1.MarkReadRequest.class,
      responseType = dev.confab.v1.MarkReadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.MarkReadRequest,
      dev.confab.v1.MarkReadResponse> getMarkReadMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.MarkReadRequest, dev.confab.v1.MarkReadResponse> getMarkReadMethod;
    if ((getMarkReadMethod = ChatServiceGrpc.getMarkReadMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getMarkReadMethod = ChatServiceGrpc.getMarkReadMethod) == null) {
          ChatServiceGrpc.getMarkReadMethod = getMarkReadMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.MarkReadRequest, dev.confab.v1.MarkReadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MarkRead"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.MarkReadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.MarkReadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("MarkRead"))
              .build();
        }
      }
    }
    return getMarkReadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.ListConversationsRequest,
      dev.confab.v1.ListConversationsResponse> getListConversationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListConversations",
      requestType = dev.confab.v1.ListConversationsRequest.class,
      responseType = dev.confab.v1.ListConversationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.ListConversationsRequest,
      dev.confab.v1.ListConversationsResponse> getListConversationsMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.ListConversationsRequest, dev.confab.v1.ListConversationsResponse> getListConversationsMethod;
    if ((getListConversationsMethod = ChatServiceGrpc.getListConversationsMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getListConversationsMethod = ChatServiceGrpc.getListConversationsMethod) == null) {
          ChatServiceGrpc.getListConversationsMethod = getListConversationsMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.ListConversationsRequest, dev.confab.v1.ListConversationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListConversations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ListConversationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.ListConversationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("ListConversations"))
              .build();
        }
      }
    }
    return getListConversationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.SendTypingRequest,
      dev.confab.v1.SendTypingResponse> getSendTypingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendTyping",
      requestType = dev.confab.v1.SendTypingRequest.class,
      responseType = dev.confab.v1.SendTypingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.SendTypingRequest,
      dev.confab.v1.SendTypingResponse> getSendTypingMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.SendTypingRequest, dev.confab.v1.SendTypingResponse> getSendTypingMethod;
    if ((getSendTypingMethod = ChatServiceGrpc.getSendTypingMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getSendTypingMethod = ChatServiceGrpc.getSendTypingMethod) == null) {
          ChatServiceGrpc.getSendTypingMethod = getSendTypingMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.SendTypingRequest, dev.confab.v1.SendTypingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendTyping"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SendTypingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SendTypingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("SendTyping"))
              .build();
        }
      }
    }
    return getSendTypingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.confab.v1.SetReadReceiptsRequest,
      dev.confab.v1.SetReadReceiptsResponse> getSetReadReceiptsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetReadReceipts",
      requestType = dev.confab.v1.SetReadReceiptsRequest.class,
      responseType = dev.confab.v1.SetReadReceiptsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.confab.v1.SetReadReceiptsRequest,
      dev.confab.v1.SetReadReceiptsResponse> getSetReadReceiptsMethod() {
    io.grpc.MethodDescriptor<dev.confab.v1.SetReadReceiptsRequest, dev.confab.v1.SetReadReceiptsResponse> getSetReadReceiptsMethod;
    if ((getSetReadReceiptsMethod = ChatServiceGrpc.getSetReadReceiptsMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getSetReadReceiptsMethod = ChatServiceGrpc.getSetReadReceiptsMethod) == null) {
          ChatServiceGrpc.getSetReadReceiptsMethod = getSetReadReceiptsMethod =
              io.grpc.MethodDescriptor.<dev.confab.v1.SetReadReceiptsRequest, dev.confab.v1.SetReadReceiptsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetReadReceipts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SetReadReceiptsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.confab.v1.SetReadReceiptsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("SetReadReceipts"))
              .build();
        }
      }
    }
    return getSetReadReceiptsMethod;
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
     * nothing. A private room needs an invitation (NOT_FOUND without one);
     * a banned user is refused (PERMISSION_DENIED); a join that would create
     * a room beyond the caller's quota is RESOURCE_EXHAUSTED. The creator of
     * a room is its owner.
     * </pre>
     */
    default void join(dev.confab.v1.JoinRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.JoinResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getJoinMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a room, public or private, with the caller as its owner and
     * first member (members see the `joined` event, as for Join).
     * ALREADY_EXISTS if the name is taken (by any room, visible to the
     * caller or not); RESOURCE_EXHAUSTED beyond the caller's room quota.
     * </pre>
     */
    default void createRoom(dev.confab.v1.CreateRoomRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.CreateRoomResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateRoomMethod(), responseObserver);
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
     * The receiving half of a Chat session, for clients that cannot open
     * the bidirectional Chat (a browser over gRPC-Web): one stream carries
     * what a Chat session receives (the events of the caller's rooms and
     * private conversations, presence, and the caller's own joins and leaves
     * made anywhere), and the client acts with the unary calls (Join, Leave,
     * SendMessage, History, ...). While it is open the caller is online,
     * exactly as with a Chat session. See ReceiveRequest and
     * ReceiveResponse.
     * </pre>
     */
    default void receive(dev.confab.v1.ReceiveRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ReceiveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReceiveMethod(), responseObserver);
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
     * is a member: one page at a time, in name order (see ListRoomsRequest).
     * Private rooms are listed only to their members, their invitees and
     * administrators.
     * </pre>
     */
    default void listRooms(dev.confab.v1.ListRoomsRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ListRoomsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRoomsMethod(), responseObserver);
    }

    /**
     * <pre>
     * The members of a room, each online or offline, with their roles: one
     * page at a time, in name order (see ListMembersRequest). NOT_FOUND for a
     * room that does not exist, or a private room the caller may not see.
     * </pre>
     */
    default void listMembers(dev.confab.v1.ListMembersRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ListMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Invites a user to a room (owners and moderators): an invitee may join
     * a private room and sees it in ListRooms. Stores an `invited` event;
     * the invitee's open Chat sessions are told too. Inviting a member, or
     * an invitee again, stores nothing. NOT_FOUND for an unknown user;
     * FAILED_PRECONDITION for a banned user (unban first); PERMISSION_DENIED
     * for a caller who is not an owner or moderator.
     * </pre>
     */
    default void invite(dev.confab.v1.InviteRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.InviteResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getInviteMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a member from a room (owners and moderators), with an
     * optional reason; a public room they may join again, a private one
     * only if invited again. Stores a `kicked` event, which the user's open
     * streams receive as their last event of the room. FAILED_PRECONDITION
     * if the user is not a member; PERMISSION_DENIED for a caller without
     * the role, or a target that is the owner (or a moderator, unless the
     * caller is the owner or an administrator).
     * </pre>
     */
    default void kick(dev.confab.v1.KickRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.KickResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getKickMethod(), responseObserver);
    }

    /**
     * <pre>
     * Bans a user from a room (owners and moderators): ends their
     * membership and invitation, and they can neither join nor read the
     * room until unbanned. The user need not be a member. Stores a `banned`
     * event, the last the user's open streams receive of the room. Banning
     * a banned user stores nothing. Errors as for Kick (NOT_FOUND for an
     * unknown user).
     * </pre>
     */
    default void ban(dev.confab.v1.BanRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.BanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBanMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lifts a ban (owners and moderators); the user may then join again (a
     * private room: once invited). Stores an `unbanned` event; unbanning a
     * user who is not banned stores nothing.
     * </pre>
     */
    default void unban(dev.confab.v1.UnbanRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.UnbanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnbanMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets the room's topic (owners and moderators); empty clears it.
     * Stores a `topic_set` event; the same topic again stores nothing.
     * INVALID_ARGUMENT for a topic over 256 bytes.
     * </pre>
     */
    default void setTopic(dev.confab.v1.SetTopicRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SetTopicResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetTopicMethod(), responseObserver);
    }

    /**
     * <pre>
     * Makes a member a moderator or a plain member again (the owner only:
     * PERMISSION_DENIED for anyone else, and for the owner as the target).
     * Stores a `role_changed` event; the role the member has already stores
     * nothing. FAILED_PRECONDITION if the user is not a member.
     * </pre>
     */
    default void setRole(dev.confab.v1.SetRoleRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SetRoleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetRoleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Refuses the private messages of a user from now on (see "Blocking").
     * Idempotent. NOT_FOUND for an unknown user; INVALID_ARGUMENT for
     * yourself.
     * </pre>
     */
    default void block(dev.confab.v1.BlockRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.BlockResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBlockMethod(), responseObserver);
    }

    /**
     * <pre>
     * Accepts a blocked user's private messages again. Idempotent.
     * </pre>
     */
    default void unblock(dev.confab.v1.UnblockRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.UnblockResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnblockMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces the text of one of the caller's own messages: stores an
     * `edited` event (its own seq, `ref_seq` naming the message), which
     * History with `apply_edits` shows applied. PERMISSION_DENIED for
     * another user's message; FAILED_PRECONDITION for a deleted one;
     * INVALID_ARGUMENT if the seq is not a message of the conversation (or
     * for bad text, as SendMessage). The caller must be able to read the
     * conversation (as History).
     * </pre>
     */
    default void editMessage(dev.confab.v1.EditMessageRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.EditMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEditMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a message: the author may delete its own, an owner or
     * moderator of the room (or an administrator) any in the room; anyone
     * else gets PERMISSION_DENIED and nothing changes. Stores a `deleted`
     * event and erases the message's text, and its edits' texts, from
     * storage: History and resume then show the message with `deleted`
     * set and no text, and Search no longer finds it. Deleting a deleted
     * message stores nothing (`changed` false).
     * </pre>
     */
    default void deleteMessage(dev.confab.v1.DeleteMessageRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.DeleteMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds or removes the caller's reaction to a message, as a
     * `reaction_added` or `reaction_removed` event. Idempotent: adding a
     * reaction the caller gave already, or removing one it did not give,
     * stores nothing (`changed` false, `seq` the conversation's latest).
     * History shows each message's reaction counts.
     * </pre>
     */
    default void react(dev.confab.v1.ReactRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ReactResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReactMethod(), responseObserver);
    }

    /**
     * <pre>
     * Finds messages whose text holds all the words of `query`, in the
     * conversations the caller may read now (the rooms it is a member of,
     * as History decides, and its private conversations), newest first,
     * one page at a time. Finds the latest text of an edited message, and
     * never a deleted one.
     * </pre>
     */
    default void search(dev.confab.v1.SearchRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SearchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSearchMethod(), responseObserver);
    }

    /**
     * <pre>
     * Moves the caller's read position in a conversation forward (see
     * "Read positions and unread counts"). The caller's sessions (Chat and
     * Receive, on every node) get a `read_marker` frame when it moves. A
     * position at or behind the current one changes nothing (`changed`
     * false, the current position returned): positions never go back.
     * OUT_OF_RANGE for a seq past the conversation's latest; errors of
     * History otherwise.
     * </pre>
     */
    default void markRead(dev.confab.v1.MarkReadRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.MarkReadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMarkReadMethod(), responseObserver);
    }

    /**
     * <pre>
     * The caller's rooms and private conversations, each with its latest
     * event, the caller's read position and unread count, newest first, one
     * page at a time (see ListConversationsRequest).
     * </pre>
     */
    default void listConversations(dev.confab.v1.ListConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ListConversationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListConversationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Says the caller is typing in a room or private conversation, for
     * clients without a Chat stream (the web page). As the Chat `typing`
     * command: see SendTypingRequest.
     * </pre>
     */
    default void sendTyping(dev.confab.v1.SendTypingRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SendTypingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendTypingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lets (or stops letting) the caller's private peers see how far the
     * caller has read (a `read_marker` frame naming the caller). Off until
     * set.
     * </pre>
     */
    default void setReadReceipts(dev.confab.v1.SetReadReceiptsRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SetReadReceiptsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetReadReceiptsMethod(), responseObserver);
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
     * nothing. A private room needs an invitation (NOT_FOUND without one);
     * a banned user is refused (PERMISSION_DENIED); a join that would create
     * a room beyond the caller's quota is RESOURCE_EXHAUSTED. The creator of
     * a room is its owner.
     * </pre>
     */
    public void join(dev.confab.v1.JoinRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.JoinResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getJoinMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a room, public or private, with the caller as its owner and
     * first member (members see the `joined` event, as for Join).
     * ALREADY_EXISTS if the name is taken (by any room, visible to the
     * caller or not); RESOURCE_EXHAUSTED beyond the caller's room quota.
     * </pre>
     */
    public void createRoom(dev.confab.v1.CreateRoomRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.CreateRoomResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateRoomMethod(), getCallOptions()), request, responseObserver);
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
     * The receiving half of a Chat session, for clients that cannot open
     * the bidirectional Chat (a browser over gRPC-Web): one stream carries
     * what a Chat session receives (the events of the caller's rooms and
     * private conversations, presence, and the caller's own joins and leaves
     * made anywhere), and the client acts with the unary calls (Join, Leave,
     * SendMessage, History, ...). While it is open the caller is online,
     * exactly as with a Chat session. See ReceiveRequest and
     * ReceiveResponse.
     * </pre>
     */
    public void receive(dev.confab.v1.ReceiveRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ReceiveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getReceiveMethod(), getCallOptions()), request, responseObserver);
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
     * is a member: one page at a time, in name order (see ListRoomsRequest).
     * Private rooms are listed only to their members, their invitees and
     * administrators.
     * </pre>
     */
    public void listRooms(dev.confab.v1.ListRoomsRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ListRoomsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRoomsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The members of a room, each online or offline, with their roles: one
     * page at a time, in name order (see ListMembersRequest). NOT_FOUND for a
     * room that does not exist, or a private room the caller may not see.
     * </pre>
     */
    public void listMembers(dev.confab.v1.ListMembersRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ListMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMembersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Invites a user to a room (owners and moderators): an invitee may join
     * a private room and sees it in ListRooms. Stores an `invited` event;
     * the invitee's open Chat sessions are told too. Inviting a member, or
     * an invitee again, stores nothing. NOT_FOUND for an unknown user;
     * FAILED_PRECONDITION for a banned user (unban first); PERMISSION_DENIED
     * for a caller who is not an owner or moderator.
     * </pre>
     */
    public void invite(dev.confab.v1.InviteRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.InviteResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getInviteMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a member from a room (owners and moderators), with an
     * optional reason; a public room they may join again, a private one
     * only if invited again. Stores a `kicked` event, which the user's open
     * streams receive as their last event of the room. FAILED_PRECONDITION
     * if the user is not a member; PERMISSION_DENIED for a caller without
     * the role, or a target that is the owner (or a moderator, unless the
     * caller is the owner or an administrator).
     * </pre>
     */
    public void kick(dev.confab.v1.KickRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.KickResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getKickMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Bans a user from a room (owners and moderators): ends their
     * membership and invitation, and they can neither join nor read the
     * room until unbanned. The user need not be a member. Stores a `banned`
     * event, the last the user's open streams receive of the room. Banning
     * a banned user stores nothing. Errors as for Kick (NOT_FOUND for an
     * unknown user).
     * </pre>
     */
    public void ban(dev.confab.v1.BanRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.BanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lifts a ban (owners and moderators); the user may then join again (a
     * private room: once invited). Stores an `unbanned` event; unbanning a
     * user who is not banned stores nothing.
     * </pre>
     */
    public void unban(dev.confab.v1.UnbanRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.UnbanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnbanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets the room's topic (owners and moderators); empty clears it.
     * Stores a `topic_set` event; the same topic again stores nothing.
     * INVALID_ARGUMENT for a topic over 256 bytes.
     * </pre>
     */
    public void setTopic(dev.confab.v1.SetTopicRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SetTopicResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetTopicMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Makes a member a moderator or a plain member again (the owner only:
     * PERMISSION_DENIED for anyone else, and for the owner as the target).
     * Stores a `role_changed` event; the role the member has already stores
     * nothing. FAILED_PRECONDITION if the user is not a member.
     * </pre>
     */
    public void setRole(dev.confab.v1.SetRoleRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SetRoleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetRoleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Refuses the private messages of a user from now on (see "Blocking").
     * Idempotent. NOT_FOUND for an unknown user; INVALID_ARGUMENT for
     * yourself.
     * </pre>
     */
    public void block(dev.confab.v1.BlockRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.BlockResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBlockMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Accepts a blocked user's private messages again. Idempotent.
     * </pre>
     */
    public void unblock(dev.confab.v1.UnblockRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.UnblockResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnblockMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces the text of one of the caller's own messages: stores an
     * `edited` event (its own seq, `ref_seq` naming the message), which
     * History with `apply_edits` shows applied. PERMISSION_DENIED for
     * another user's message; FAILED_PRECONDITION for a deleted one;
     * INVALID_ARGUMENT if the seq is not a message of the conversation (or
     * for bad text, as SendMessage). The caller must be able to read the
     * conversation (as History).
     * </pre>
     */
    public void editMessage(dev.confab.v1.EditMessageRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.EditMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEditMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a message: the author may delete its own, an owner or
     * moderator of the room (or an administrator) any in the room; anyone
     * else gets PERMISSION_DENIED and nothing changes. Stores a `deleted`
     * event and erases the message's text, and its edits' texts, from
     * storage: History and resume then show the message with `deleted`
     * set and no text, and Search no longer finds it. Deleting a deleted
     * message stores nothing (`changed` false).
     * </pre>
     */
    public void deleteMessage(dev.confab.v1.DeleteMessageRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.DeleteMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds or removes the caller's reaction to a message, as a
     * `reaction_added` or `reaction_removed` event. Idempotent: adding a
     * reaction the caller gave already, or removing one it did not give,
     * stores nothing (`changed` false, `seq` the conversation's latest).
     * History shows each message's reaction counts.
     * </pre>
     */
    public void react(dev.confab.v1.ReactRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ReactResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReactMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Finds messages whose text holds all the words of `query`, in the
     * conversations the caller may read now (the rooms it is a member of,
     * as History decides, and its private conversations), newest first,
     * one page at a time. Finds the latest text of an edited message, and
     * never a deleted one.
     * </pre>
     */
    public void search(dev.confab.v1.SearchRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SearchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSearchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Moves the caller's read position in a conversation forward (see
     * "Read positions and unread counts"). The caller's sessions (Chat and
     * Receive, on every node) get a `read_marker` frame when it moves. A
     * position at or behind the current one changes nothing (`changed`
     * false, the current position returned): positions never go back.
     * OUT_OF_RANGE for a seq past the conversation's latest; errors of
     * History otherwise.
     * </pre>
     */
    public void markRead(dev.confab.v1.MarkReadRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.MarkReadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMarkReadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The caller's rooms and private conversations, each with its latest
     * event, the caller's read position and unread count, newest first, one
     * page at a time (see ListConversationsRequest).
     * </pre>
     */
    public void listConversations(dev.confab.v1.ListConversationsRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.ListConversationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListConversationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Says the caller is typing in a room or private conversation, for
     * clients without a Chat stream (the web page). As the Chat `typing`
     * command: see SendTypingRequest.
     * </pre>
     */
    public void sendTyping(dev.confab.v1.SendTypingRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SendTypingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSendTypingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lets (or stops letting) the caller's private peers see how far the
     * caller has read (a `read_marker` frame naming the caller). Off until
     * set.
     * </pre>
     */
    public void setReadReceipts(dev.confab.v1.SetReadReceiptsRequest request,
        io.grpc.stub.StreamObserver<dev.confab.v1.SetReadReceiptsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetReadReceiptsMethod(), getCallOptions()), request, responseObserver);
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
     * nothing. A private room needs an invitation (NOT_FOUND without one);
     * a banned user is refused (PERMISSION_DENIED); a join that would create
     * a room beyond the caller's quota is RESOURCE_EXHAUSTED. The creator of
     * a room is its owner.
     * </pre>
     */
    public dev.confab.v1.JoinResponse join(dev.confab.v1.JoinRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getJoinMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a room, public or private, with the caller as its owner and
     * first member (members see the `joined` event, as for Join).
     * ALREADY_EXISTS if the name is taken (by any room, visible to the
     * caller or not); RESOURCE_EXHAUSTED beyond the caller's room quota.
     * </pre>
     */
    public dev.confab.v1.CreateRoomResponse createRoom(dev.confab.v1.CreateRoomRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateRoomMethod(), getCallOptions(), request);
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
     * The receiving half of a Chat session, for clients that cannot open
     * the bidirectional Chat (a browser over gRPC-Web): one stream carries
     * what a Chat session receives (the events of the caller's rooms and
     * private conversations, presence, and the caller's own joins and leaves
     * made anywhere), and the client acts with the unary calls (Join, Leave,
     * SendMessage, History, ...). While it is open the caller is online,
     * exactly as with a Chat session. See ReceiveRequest and
     * ReceiveResponse.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.confab.v1.ReceiveResponse>
        receive(dev.confab.v1.ReceiveRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getReceiveMethod(), getCallOptions(), request);
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
     * is a member: one page at a time, in name order (see ListRoomsRequest).
     * Private rooms are listed only to their members, their invitees and
     * administrators.
     * </pre>
     */
    public dev.confab.v1.ListRoomsResponse listRooms(dev.confab.v1.ListRoomsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRoomsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The members of a room, each online or offline, with their roles: one
     * page at a time, in name order (see ListMembersRequest). NOT_FOUND for a
     * room that does not exist, or a private room the caller may not see.
     * </pre>
     */
    public dev.confab.v1.ListMembersResponse listMembers(dev.confab.v1.ListMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Invites a user to a room (owners and moderators): an invitee may join
     * a private room and sees it in ListRooms. Stores an `invited` event;
     * the invitee's open Chat sessions are told too. Inviting a member, or
     * an invitee again, stores nothing. NOT_FOUND for an unknown user;
     * FAILED_PRECONDITION for a banned user (unban first); PERMISSION_DENIED
     * for a caller who is not an owner or moderator.
     * </pre>
     */
    public dev.confab.v1.InviteResponse invite(dev.confab.v1.InviteRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getInviteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a member from a room (owners and moderators), with an
     * optional reason; a public room they may join again, a private one
     * only if invited again. Stores a `kicked` event, which the user's open
     * streams receive as their last event of the room. FAILED_PRECONDITION
     * if the user is not a member; PERMISSION_DENIED for a caller without
     * the role, or a target that is the owner (or a moderator, unless the
     * caller is the owner or an administrator).
     * </pre>
     */
    public dev.confab.v1.KickResponse kick(dev.confab.v1.KickRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getKickMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Bans a user from a room (owners and moderators): ends their
     * membership and invitation, and they can neither join nor read the
     * room until unbanned. The user need not be a member. Stores a `banned`
     * event, the last the user's open streams receive of the room. Banning
     * a banned user stores nothing. Errors as for Kick (NOT_FOUND for an
     * unknown user).
     * </pre>
     */
    public dev.confab.v1.BanResponse ban(dev.confab.v1.BanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lifts a ban (owners and moderators); the user may then join again (a
     * private room: once invited). Stores an `unbanned` event; unbanning a
     * user who is not banned stores nothing.
     * </pre>
     */
    public dev.confab.v1.UnbanResponse unban(dev.confab.v1.UnbanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUnbanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets the room's topic (owners and moderators); empty clears it.
     * Stores a `topic_set` event; the same topic again stores nothing.
     * INVALID_ARGUMENT for a topic over 256 bytes.
     * </pre>
     */
    public dev.confab.v1.SetTopicResponse setTopic(dev.confab.v1.SetTopicRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes a member a moderator or a plain member again (the owner only:
     * PERMISSION_DENIED for anyone else, and for the owner as the target).
     * Stores a `role_changed` event; the role the member has already stores
     * nothing. FAILED_PRECONDITION if the user is not a member.
     * </pre>
     */
    public dev.confab.v1.SetRoleResponse setRole(dev.confab.v1.SetRoleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Refuses the private messages of a user from now on (see "Blocking").
     * Idempotent. NOT_FOUND for an unknown user; INVALID_ARGUMENT for
     * yourself.
     * </pre>
     */
    public dev.confab.v1.BlockResponse block(dev.confab.v1.BlockRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBlockMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Accepts a blocked user's private messages again. Idempotent.
     * </pre>
     */
    public dev.confab.v1.UnblockResponse unblock(dev.confab.v1.UnblockRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUnblockMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the text of one of the caller's own messages: stores an
     * `edited` event (its own seq, `ref_seq` naming the message), which
     * History with `apply_edits` shows applied. PERMISSION_DENIED for
     * another user's message; FAILED_PRECONDITION for a deleted one;
     * INVALID_ARGUMENT if the seq is not a message of the conversation (or
     * for bad text, as SendMessage). The caller must be able to read the
     * conversation (as History).
     * </pre>
     */
    public dev.confab.v1.EditMessageResponse editMessage(dev.confab.v1.EditMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getEditMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a message: the author may delete its own, an owner or
     * moderator of the room (or an administrator) any in the room; anyone
     * else gets PERMISSION_DENIED and nothing changes. Stores a `deleted`
     * event and erases the message's text, and its edits' texts, from
     * storage: History and resume then show the message with `deleted`
     * set and no text, and Search no longer finds it. Deleting a deleted
     * message stores nothing (`changed` false).
     * </pre>
     */
    public dev.confab.v1.DeleteMessageResponse deleteMessage(dev.confab.v1.DeleteMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds or removes the caller's reaction to a message, as a
     * `reaction_added` or `reaction_removed` event. Idempotent: adding a
     * reaction the caller gave already, or removing one it did not give,
     * stores nothing (`changed` false, `seq` the conversation's latest).
     * History shows each message's reaction counts.
     * </pre>
     */
    public dev.confab.v1.ReactResponse react(dev.confab.v1.ReactRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Finds messages whose text holds all the words of `query`, in the
     * conversations the caller may read now (the rooms it is a member of,
     * as History decides, and its private conversations), newest first,
     * one page at a time. Finds the latest text of an edited message, and
     * never a deleted one.
     * </pre>
     */
    public dev.confab.v1.SearchResponse search(dev.confab.v1.SearchRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSearchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves the caller's read position in a conversation forward (see
     * "Read positions and unread counts"). The caller's sessions (Chat and
     * Receive, on every node) get a `read_marker` frame when it moves. A
     * position at or behind the current one changes nothing (`changed`
     * false, the current position returned): positions never go back.
     * OUT_OF_RANGE for a seq past the conversation's latest; errors of
     * History otherwise.
     * </pre>
     */
    public dev.confab.v1.MarkReadResponse markRead(dev.confab.v1.MarkReadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMarkReadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The caller's rooms and private conversations, each with its latest
     * event, the caller's read position and unread count, newest first, one
     * page at a time (see ListConversationsRequest).
     * </pre>
     */
    public dev.confab.v1.ListConversationsResponse listConversations(dev.confab.v1.ListConversationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Says the caller is typing in a room or private conversation, for
     * clients without a Chat stream (the web page). As the Chat `typing`
     * command: see SendTypingRequest.
     * </pre>
     */
    public dev.confab.v1.SendTypingResponse sendTyping(dev.confab.v1.SendTypingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSendTypingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lets (or stops letting) the caller's private peers see how far the
     * caller has read (a `read_marker` frame naming the caller). Off until
     * set.
     * </pre>
     */
    public dev.confab.v1.SetReadReceiptsResponse setReadReceipts(dev.confab.v1.SetReadReceiptsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetReadReceiptsMethod(), getCallOptions(), request);
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
     * nothing. A private room needs an invitation (NOT_FOUND without one);
     * a banned user is refused (PERMISSION_DENIED); a join that would create
     * a room beyond the caller's quota is RESOURCE_EXHAUSTED. The creator of
     * a room is its owner.
     * </pre>
     */
    public dev.confab.v1.JoinResponse join(dev.confab.v1.JoinRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getJoinMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a room, public or private, with the caller as its owner and
     * first member (members see the `joined` event, as for Join).
     * ALREADY_EXISTS if the name is taken (by any room, visible to the
     * caller or not); RESOURCE_EXHAUSTED beyond the caller's room quota.
     * </pre>
     */
    public dev.confab.v1.CreateRoomResponse createRoom(dev.confab.v1.CreateRoomRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateRoomMethod(), getCallOptions(), request);
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
     * The receiving half of a Chat session, for clients that cannot open
     * the bidirectional Chat (a browser over gRPC-Web): one stream carries
     * what a Chat session receives (the events of the caller's rooms and
     * private conversations, presence, and the caller's own joins and leaves
     * made anywhere), and the client acts with the unary calls (Join, Leave,
     * SendMessage, History, ...). While it is open the caller is online,
     * exactly as with a Chat session. See ReceiveRequest and
     * ReceiveResponse.
     * </pre>
     */
    public java.util.Iterator<dev.confab.v1.ReceiveResponse> receive(
        dev.confab.v1.ReceiveRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getReceiveMethod(), getCallOptions(), request);
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
     * is a member: one page at a time, in name order (see ListRoomsRequest).
     * Private rooms are listed only to their members, their invitees and
     * administrators.
     * </pre>
     */
    public dev.confab.v1.ListRoomsResponse listRooms(dev.confab.v1.ListRoomsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRoomsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The members of a room, each online or offline, with their roles: one
     * page at a time, in name order (see ListMembersRequest). NOT_FOUND for a
     * room that does not exist, or a private room the caller may not see.
     * </pre>
     */
    public dev.confab.v1.ListMembersResponse listMembers(dev.confab.v1.ListMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Invites a user to a room (owners and moderators): an invitee may join
     * a private room and sees it in ListRooms. Stores an `invited` event;
     * the invitee's open Chat sessions are told too. Inviting a member, or
     * an invitee again, stores nothing. NOT_FOUND for an unknown user;
     * FAILED_PRECONDITION for a banned user (unban first); PERMISSION_DENIED
     * for a caller who is not an owner or moderator.
     * </pre>
     */
    public dev.confab.v1.InviteResponse invite(dev.confab.v1.InviteRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getInviteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a member from a room (owners and moderators), with an
     * optional reason; a public room they may join again, a private one
     * only if invited again. Stores a `kicked` event, which the user's open
     * streams receive as their last event of the room. FAILED_PRECONDITION
     * if the user is not a member; PERMISSION_DENIED for a caller without
     * the role, or a target that is the owner (or a moderator, unless the
     * caller is the owner or an administrator).
     * </pre>
     */
    public dev.confab.v1.KickResponse kick(dev.confab.v1.KickRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getKickMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Bans a user from a room (owners and moderators): ends their
     * membership and invitation, and they can neither join nor read the
     * room until unbanned. The user need not be a member. Stores a `banned`
     * event, the last the user's open streams receive of the room. Banning
     * a banned user stores nothing. Errors as for Kick (NOT_FOUND for an
     * unknown user).
     * </pre>
     */
    public dev.confab.v1.BanResponse ban(dev.confab.v1.BanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lifts a ban (owners and moderators); the user may then join again (a
     * private room: once invited). Stores an `unbanned` event; unbanning a
     * user who is not banned stores nothing.
     * </pre>
     */
    public dev.confab.v1.UnbanResponse unban(dev.confab.v1.UnbanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnbanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets the room's topic (owners and moderators); empty clears it.
     * Stores a `topic_set` event; the same topic again stores nothing.
     * INVALID_ARGUMENT for a topic over 256 bytes.
     * </pre>
     */
    public dev.confab.v1.SetTopicResponse setTopic(dev.confab.v1.SetTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes a member a moderator or a plain member again (the owner only:
     * PERMISSION_DENIED for anyone else, and for the owner as the target).
     * Stores a `role_changed` event; the role the member has already stores
     * nothing. FAILED_PRECONDITION if the user is not a member.
     * </pre>
     */
    public dev.confab.v1.SetRoleResponse setRole(dev.confab.v1.SetRoleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Refuses the private messages of a user from now on (see "Blocking").
     * Idempotent. NOT_FOUND for an unknown user; INVALID_ARGUMENT for
     * yourself.
     * </pre>
     */
    public dev.confab.v1.BlockResponse block(dev.confab.v1.BlockRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBlockMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Accepts a blocked user's private messages again. Idempotent.
     * </pre>
     */
    public dev.confab.v1.UnblockResponse unblock(dev.confab.v1.UnblockRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnblockMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the text of one of the caller's own messages: stores an
     * `edited` event (its own seq, `ref_seq` naming the message), which
     * History with `apply_edits` shows applied. PERMISSION_DENIED for
     * another user's message; FAILED_PRECONDITION for a deleted one;
     * INVALID_ARGUMENT if the seq is not a message of the conversation (or
     * for bad text, as SendMessage). The caller must be able to read the
     * conversation (as History).
     * </pre>
     */
    public dev.confab.v1.EditMessageResponse editMessage(dev.confab.v1.EditMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEditMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a message: the author may delete its own, an owner or
     * moderator of the room (or an administrator) any in the room; anyone
     * else gets PERMISSION_DENIED and nothing changes. Stores a `deleted`
     * event and erases the message's text, and its edits' texts, from
     * storage: History and resume then show the message with `deleted`
     * set and no text, and Search no longer finds it. Deleting a deleted
     * message stores nothing (`changed` false).
     * </pre>
     */
    public dev.confab.v1.DeleteMessageResponse deleteMessage(dev.confab.v1.DeleteMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds or removes the caller's reaction to a message, as a
     * `reaction_added` or `reaction_removed` event. Idempotent: adding a
     * reaction the caller gave already, or removing one it did not give,
     * stores nothing (`changed` false, `seq` the conversation's latest).
     * History shows each message's reaction counts.
     * </pre>
     */
    public dev.confab.v1.ReactResponse react(dev.confab.v1.ReactRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Finds messages whose text holds all the words of `query`, in the
     * conversations the caller may read now (the rooms it is a member of,
     * as History decides, and its private conversations), newest first,
     * one page at a time. Finds the latest text of an edited message, and
     * never a deleted one.
     * </pre>
     */
    public dev.confab.v1.SearchResponse search(dev.confab.v1.SearchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSearchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves the caller's read position in a conversation forward (see
     * "Read positions and unread counts"). The caller's sessions (Chat and
     * Receive, on every node) get a `read_marker` frame when it moves. A
     * position at or behind the current one changes nothing (`changed`
     * false, the current position returned): positions never go back.
     * OUT_OF_RANGE for a seq past the conversation's latest; errors of
     * History otherwise.
     * </pre>
     */
    public dev.confab.v1.MarkReadResponse markRead(dev.confab.v1.MarkReadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMarkReadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The caller's rooms and private conversations, each with its latest
     * event, the caller's read position and unread count, newest first, one
     * page at a time (see ListConversationsRequest).
     * </pre>
     */
    public dev.confab.v1.ListConversationsResponse listConversations(dev.confab.v1.ListConversationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListConversationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Says the caller is typing in a room or private conversation, for
     * clients without a Chat stream (the web page). As the Chat `typing`
     * command: see SendTypingRequest.
     * </pre>
     */
    public dev.confab.v1.SendTypingResponse sendTyping(dev.confab.v1.SendTypingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSendTypingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lets (or stops letting) the caller's private peers see how far the
     * caller has read (a `read_marker` frame naming the caller). Off until
     * set.
     * </pre>
     */
    public dev.confab.v1.SetReadReceiptsResponse setReadReceipts(dev.confab.v1.SetReadReceiptsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetReadReceiptsMethod(), getCallOptions(), request);
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
     * nothing. A private room needs an invitation (NOT_FOUND without one);
     * a banned user is refused (PERMISSION_DENIED); a join that would create
     * a room beyond the caller's quota is RESOURCE_EXHAUSTED. The creator of
     * a room is its owner.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.JoinResponse> join(
        dev.confab.v1.JoinRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getJoinMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a room, public or private, with the caller as its owner and
     * first member (members see the `joined` event, as for Join).
     * ALREADY_EXISTS if the name is taken (by any room, visible to the
     * caller or not); RESOURCE_EXHAUSTED beyond the caller's room quota.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.CreateRoomResponse> createRoom(
        dev.confab.v1.CreateRoomRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateRoomMethod(), getCallOptions()), request);
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
     * is a member: one page at a time, in name order (see ListRoomsRequest).
     * Private rooms are listed only to their members, their invitees and
     * administrators.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.ListRoomsResponse> listRooms(
        dev.confab.v1.ListRoomsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRoomsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The members of a room, each online or offline, with their roles: one
     * page at a time, in name order (see ListMembersRequest). NOT_FOUND for a
     * room that does not exist, or a private room the caller may not see.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.ListMembersResponse> listMembers(
        dev.confab.v1.ListMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMembersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Invites a user to a room (owners and moderators): an invitee may join
     * a private room and sees it in ListRooms. Stores an `invited` event;
     * the invitee's open Chat sessions are told too. Inviting a member, or
     * an invitee again, stores nothing. NOT_FOUND for an unknown user;
     * FAILED_PRECONDITION for a banned user (unban first); PERMISSION_DENIED
     * for a caller who is not an owner or moderator.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.InviteResponse> invite(
        dev.confab.v1.InviteRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getInviteMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a member from a room (owners and moderators), with an
     * optional reason; a public room they may join again, a private one
     * only if invited again. Stores a `kicked` event, which the user's open
     * streams receive as their last event of the room. FAILED_PRECONDITION
     * if the user is not a member; PERMISSION_DENIED for a caller without
     * the role, or a target that is the owner (or a moderator, unless the
     * caller is the owner or an administrator).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.KickResponse> kick(
        dev.confab.v1.KickRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getKickMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Bans a user from a room (owners and moderators): ends their
     * membership and invitation, and they can neither join nor read the
     * room until unbanned. The user need not be a member. Stores a `banned`
     * event, the last the user's open streams receive of the room. Banning
     * a banned user stores nothing. Errors as for Kick (NOT_FOUND for an
     * unknown user).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.BanResponse> ban(
        dev.confab.v1.BanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lifts a ban (owners and moderators); the user may then join again (a
     * private room: once invited). Stores an `unbanned` event; unbanning a
     * user who is not banned stores nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.UnbanResponse> unban(
        dev.confab.v1.UnbanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnbanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets the room's topic (owners and moderators); empty clears it.
     * Stores a `topic_set` event; the same topic again stores nothing.
     * INVALID_ARGUMENT for a topic over 256 bytes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.SetTopicResponse> setTopic(
        dev.confab.v1.SetTopicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetTopicMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Makes a member a moderator or a plain member again (the owner only:
     * PERMISSION_DENIED for anyone else, and for the owner as the target).
     * Stores a `role_changed` event; the role the member has already stores
     * nothing. FAILED_PRECONDITION if the user is not a member.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.SetRoleResponse> setRole(
        dev.confab.v1.SetRoleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetRoleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Refuses the private messages of a user from now on (see "Blocking").
     * Idempotent. NOT_FOUND for an unknown user; INVALID_ARGUMENT for
     * yourself.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.BlockResponse> block(
        dev.confab.v1.BlockRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBlockMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Accepts a blocked user's private messages again. Idempotent.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.UnblockResponse> unblock(
        dev.confab.v1.UnblockRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnblockMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces the text of one of the caller's own messages: stores an
     * `edited` event (its own seq, `ref_seq` naming the message), which
     * History with `apply_edits` shows applied. PERMISSION_DENIED for
     * another user's message; FAILED_PRECONDITION for a deleted one;
     * INVALID_ARGUMENT if the seq is not a message of the conversation (or
     * for bad text, as SendMessage). The caller must be able to read the
     * conversation (as History).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.EditMessageResponse> editMessage(
        dev.confab.v1.EditMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEditMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a message: the author may delete its own, an owner or
     * moderator of the room (or an administrator) any in the room; anyone
     * else gets PERMISSION_DENIED and nothing changes. Stores a `deleted`
     * event and erases the message's text, and its edits' texts, from
     * storage: History and resume then show the message with `deleted`
     * set and no text, and Search no longer finds it. Deleting a deleted
     * message stores nothing (`changed` false).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.DeleteMessageResponse> deleteMessage(
        dev.confab.v1.DeleteMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds or removes the caller's reaction to a message, as a
     * `reaction_added` or `reaction_removed` event. Idempotent: adding a
     * reaction the caller gave already, or removing one it did not give,
     * stores nothing (`changed` false, `seq` the conversation's latest).
     * History shows each message's reaction counts.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.ReactResponse> react(
        dev.confab.v1.ReactRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReactMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Finds messages whose text holds all the words of `query`, in the
     * conversations the caller may read now (the rooms it is a member of,
     * as History decides, and its private conversations), newest first,
     * one page at a time. Finds the latest text of an edited message, and
     * never a deleted one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.SearchResponse> search(
        dev.confab.v1.SearchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSearchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Moves the caller's read position in a conversation forward (see
     * "Read positions and unread counts"). The caller's sessions (Chat and
     * Receive, on every node) get a `read_marker` frame when it moves. A
     * position at or behind the current one changes nothing (`changed`
     * false, the current position returned): positions never go back.
     * OUT_OF_RANGE for a seq past the conversation's latest; errors of
     * History otherwise.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.MarkReadResponse> markRead(
        dev.confab.v1.MarkReadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMarkReadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The caller's rooms and private conversations, each with its latest
     * event, the caller's read position and unread count, newest first, one
     * page at a time (see ListConversationsRequest).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.ListConversationsResponse> listConversations(
        dev.confab.v1.ListConversationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListConversationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Says the caller is typing in a room or private conversation, for
     * clients without a Chat stream (the web page). As the Chat `typing`
     * command: see SendTypingRequest.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.SendTypingResponse> sendTyping(
        dev.confab.v1.SendTypingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSendTypingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lets (or stops letting) the caller's private peers see how far the
     * caller has read (a `read_marker` frame naming the caller). Off until
     * set.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.confab.v1.SetReadReceiptsResponse> setReadReceipts(
        dev.confab.v1.SetReadReceiptsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetReadReceiptsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_JOIN = 0;
  private static final int METHODID_CREATE_ROOM = 1;
  private static final int METHODID_LEAVE = 2;
  private static final int METHODID_SEND_MESSAGE = 3;
  private static final int METHODID_SUBSCRIBE = 4;
  private static final int METHODID_RECEIVE = 5;
  private static final int METHODID_HISTORY = 6;
  private static final int METHODID_LIST_ROOMS = 7;
  private static final int METHODID_LIST_MEMBERS = 8;
  private static final int METHODID_INVITE = 9;
  private static final int METHODID_KICK = 10;
  private static final int METHODID_BAN = 11;
  private static final int METHODID_UNBAN = 12;
  private static final int METHODID_SET_TOPIC = 13;
  private static final int METHODID_SET_ROLE = 14;
  private static final int METHODID_BLOCK = 15;
  private static final int METHODID_UNBLOCK = 16;
  private static final int METHODID_EDIT_MESSAGE = 17;
  private static final int METHODID_DELETE_MESSAGE = 18;
  private static final int METHODID_REACT = 19;
  private static final int METHODID_SEARCH = 20;
  private static final int METHODID_MARK_READ = 21;
  private static final int METHODID_LIST_CONVERSATIONS = 22;
  private static final int METHODID_SEND_TYPING = 23;
  private static final int METHODID_SET_READ_RECEIPTS = 24;
  private static final int METHODID_CHAT = 25;

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
        case METHODID_CREATE_ROOM:
          serviceImpl.createRoom((dev.confab.v1.CreateRoomRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.CreateRoomResponse>) responseObserver);
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
        case METHODID_RECEIVE:
          serviceImpl.receive((dev.confab.v1.ReceiveRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.ReceiveResponse>) responseObserver);
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
        case METHODID_INVITE:
          serviceImpl.invite((dev.confab.v1.InviteRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.InviteResponse>) responseObserver);
          break;
        case METHODID_KICK:
          serviceImpl.kick((dev.confab.v1.KickRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.KickResponse>) responseObserver);
          break;
        case METHODID_BAN:
          serviceImpl.ban((dev.confab.v1.BanRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.BanResponse>) responseObserver);
          break;
        case METHODID_UNBAN:
          serviceImpl.unban((dev.confab.v1.UnbanRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.UnbanResponse>) responseObserver);
          break;
        case METHODID_SET_TOPIC:
          serviceImpl.setTopic((dev.confab.v1.SetTopicRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.SetTopicResponse>) responseObserver);
          break;
        case METHODID_SET_ROLE:
          serviceImpl.setRole((dev.confab.v1.SetRoleRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.SetRoleResponse>) responseObserver);
          break;
        case METHODID_BLOCK:
          serviceImpl.block((dev.confab.v1.BlockRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.BlockResponse>) responseObserver);
          break;
        case METHODID_UNBLOCK:
          serviceImpl.unblock((dev.confab.v1.UnblockRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.UnblockResponse>) responseObserver);
          break;
        case METHODID_EDIT_MESSAGE:
          serviceImpl.editMessage((dev.confab.v1.EditMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.EditMessageResponse>) responseObserver);
          break;
        case METHODID_DELETE_MESSAGE:
          serviceImpl.deleteMessage((dev.confab.v1.DeleteMessageRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.DeleteMessageResponse>) responseObserver);
          break;
        case METHODID_REACT:
          serviceImpl.react((dev.confab.v1.ReactRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.ReactResponse>) responseObserver);
          break;
        case METHODID_SEARCH:
          serviceImpl.search((dev.confab.v1.SearchRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.SearchResponse>) responseObserver);
          break;
        case METHODID_MARK_READ:
          serviceImpl.markRead((dev.confab.v1.MarkReadRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.MarkReadResponse>) responseObserver);
          break;
        case METHODID_LIST_CONVERSATIONS:
          serviceImpl.listConversations((dev.confab.v1.ListConversationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.ListConversationsResponse>) responseObserver);
          break;
        case METHODID_SEND_TYPING:
          serviceImpl.sendTyping((dev.confab.v1.SendTypingRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.SendTypingResponse>) responseObserver);
          break;
        case METHODID_SET_READ_RECEIPTS:
          serviceImpl.setReadReceipts((dev.confab.v1.SetReadReceiptsRequest) request,
              (io.grpc.stub.StreamObserver<dev.confab.v1.SetReadReceiptsResponse>) responseObserver);
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
          getCreateRoomMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.CreateRoomRequest,
              dev.confab.v1.CreateRoomResponse>(
                service, METHODID_CREATE_ROOM)))
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
          getReceiveMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.confab.v1.ReceiveRequest,
              dev.confab.v1.ReceiveResponse>(
                service, METHODID_RECEIVE)))
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
        .addMethod(
          getInviteMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.InviteRequest,
              dev.confab.v1.InviteResponse>(
                service, METHODID_INVITE)))
        .addMethod(
          getKickMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.KickRequest,
              dev.confab.v1.KickResponse>(
                service, METHODID_KICK)))
        .addMethod(
          getBanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.BanRequest,
              dev.confab.v1.BanResponse>(
                service, METHODID_BAN)))
        .addMethod(
          getUnbanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.UnbanRequest,
              dev.confab.v1.UnbanResponse>(
                service, METHODID_UNBAN)))
        .addMethod(
          getSetTopicMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.SetTopicRequest,
              dev.confab.v1.SetTopicResponse>(
                service, METHODID_SET_TOPIC)))
        .addMethod(
          getSetRoleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.SetRoleRequest,
              dev.confab.v1.SetRoleResponse>(
                service, METHODID_SET_ROLE)))
        .addMethod(
          getBlockMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.BlockRequest,
              dev.confab.v1.BlockResponse>(
                service, METHODID_BLOCK)))
        .addMethod(
          getUnblockMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.UnblockRequest,
              dev.confab.v1.UnblockResponse>(
                service, METHODID_UNBLOCK)))
        .addMethod(
          getEditMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.EditMessageRequest,
              dev.confab.v1.EditMessageResponse>(
                service, METHODID_EDIT_MESSAGE)))
        .addMethod(
          getDeleteMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.DeleteMessageRequest,
              dev.confab.v1.DeleteMessageResponse>(
                service, METHODID_DELETE_MESSAGE)))
        .addMethod(
          getReactMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.ReactRequest,
              dev.confab.v1.ReactResponse>(
                service, METHODID_REACT)))
        .addMethod(
          getSearchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.SearchRequest,
              dev.confab.v1.SearchResponse>(
                service, METHODID_SEARCH)))
        .addMethod(
          getMarkReadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.MarkReadRequest,
              dev.confab.v1.MarkReadResponse>(
                service, METHODID_MARK_READ)))
        .addMethod(
          getListConversationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.ListConversationsRequest,
              dev.confab.v1.ListConversationsResponse>(
                service, METHODID_LIST_CONVERSATIONS)))
        .addMethod(
          getSendTypingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.SendTypingRequest,
              dev.confab.v1.SendTypingResponse>(
                service, METHODID_SEND_TYPING)))
        .addMethod(
          getSetReadReceiptsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.confab.v1.SetReadReceiptsRequest,
              dev.confab.v1.SetReadReceiptsResponse>(
                service, METHODID_SET_READ_RECEIPTS)))
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
              .addMethod(getCreateRoomMethod())
              .addMethod(getLeaveMethod())
              .addMethod(getSendMessageMethod())
              .addMethod(getChatMethod())
              .addMethod(getSubscribeMethod())
              .addMethod(getReceiveMethod())
              .addMethod(getHistoryMethod())
              .addMethod(getListRoomsMethod())
              .addMethod(getListMembersMethod())
              .addMethod(getInviteMethod())
              .addMethod(getKickMethod())
              .addMethod(getBanMethod())
              .addMethod(getUnbanMethod())
              .addMethod(getSetTopicMethod())
              .addMethod(getSetRoleMethod())
              .addMethod(getBlockMethod())
              .addMethod(getUnblockMethod())
              .addMethod(getEditMessageMethod())
              .addMethod(getDeleteMessageMethod())
              .addMethod(getReactMethod())
              .addMethod(getSearchMethod())
              .addMethod(getMarkReadMethod())
              .addMethod(getListConversationsMethod())
              .addMethod(getSendTypingMethod())
              .addMethod(getSetReadReceiptsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
