// The connection to confab: a gRPC-Web transport to the page's own origin,
// with the caller's identity on every call (`x-confab-user` in open mode,
// `authorization: Bearer` in JWT mode), and the stubs generated from the
// proto (src/gen, by buf and protoc-gen-es).
import { createClient, type Client, type Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { ChatService } from "./gen/confab/v1/chat_pb.js";

export * from "./gen/confab/v1/chat_pb.js";

/** Who the page calls as: a name (open mode) or a token (JWT mode). */
export interface Identity {
  /** The user name: given in open mode, the token's `sub` in JWT mode. */
  user: string;
  /** The bearer token, in JWT mode. */
  token?: string;
}

export type Api = Client<typeof ChatService>;

/** A client of ChatService calling as `identity`. */
export function connect(identity: Identity): Api {
  const sign: Interceptor = (next) => (request) => {
    if (identity.token) {
      request.header.set("authorization", `Bearer ${identity.token}`);
    } else {
      request.header.set("x-confab-user", identity.user);
    }
    return next(request);
  };
  const transport = createGrpcWebTransport({
    baseUrl: location.origin,
    interceptors: [sign],
  });
  return createClient(ChatService, transport);
}

/** The user a JWT names (its `sub`), read without checking it: the server
 * checks it on every call. */
export function tokenUser(token: string): string | undefined {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === "string" ? sub : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a name follows the server's rules (see the proto's "Names"). */
export function validName(name: string): boolean {
  return /^[a-z0-9][a-z0-9_.-]{0,31}$/.test(name);
}
