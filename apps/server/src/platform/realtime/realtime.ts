import { fastifyCookie } from '@fastify/cookie';
import { createAdapter } from '@socket.io/redis-adapter';
import type { FastifyBaseLogger } from 'fastify';
import type { Server as HttpServer } from 'node:http';
import { createClient } from 'redis';
import type { ConsoleClientToServer, ConsolePushes, ConsoleServerToClient, NamespacePushes } from '@atende/shared';
import { Server, type DefaultEventsMap, type Namespace, type Socket } from 'socket.io';
import type { AuthService, Principal } from '../auth/index.js';
import { SESSION_COOKIE } from '../auth/index.js';
import { limitSocket, type SocketLimits } from './socket-limiter.js';

// Rooms always carry the organization, so a room name can never be shared across tenants (SPEC ORG-01).
export const rooms = {
  org: (organizationId: string) => `org:${organizationId}`,
  user: (organizationId: string, userId: string) => `org:${organizationId}:user:${userId}`,
  role: (organizationId: string, role: string) => `org:${organizationId}:role:${role}`,
};

// Events typed by the one map in packages/shared (issue item 26): a push with the wrong payload,
// or a handler for an event the console never sends, does not compile.
export type ConsoleSocketData = { principal: Principal };
export type RealtimeServer = Server<ConsoleClientToServer, ConsoleServerToClient, DefaultEventsMap, ConsoleSocketData>;
export type ConsoleSocket = Socket<ConsoleClientToServer, ConsoleServerToClient, DefaultEventsMap, ConsoleSocketData>;
type OtherNamespace = Exclude<keyof NamespacePushes, '/'>;

/** A namespace with its own event maps and socket data (Socket.IO types every namespace like the root). */
export function typedNamespace<Listen extends object, Emit extends object, Data>(io: RealtimeServer, name: OtherNamespace) {
  return io.of(name) as unknown as Namespace<{ [K in keyof Listen]: Listen[K] }, { [K in keyof Emit]: Emit[K] }, DefaultEventsMap, Data>;
}

export type Realtime = {
  /**
   * Sends to every socket in the room, on every instance (Redis adapter when configured). Several
   * rooms: one emit, encoded once, and a socket in more than one of them receives it once.
   */
  publish<E extends keyof ConsolePushes>(room: string | string[], event: E, data: ConsolePushes[E]): void;
  /** Called with each authenticated socket; modules join it to their own rooms. */
  onConnection(fn: (socket: ConsoleSocket, principal: Principal) => void): void;
  /** Sends in another namespace (the web-chat widget's '/widget'), on every instance. */
  publishIn<N extends OtherNamespace, E extends keyof NamespacePushes[N]>(namespace: N, room: string, event: E, data: NamespacePushes[N][E]): void;
  /** Lets a module set up its own namespace once the server exists. */
  onAttach(fn: (io: RealtimeServer) => void): void;
  /** Disconnects every socket of one session (logout, revocation). */
  disconnectSession(organizationId: string, sessionId: string): Promise<void>;
  /**
   * Disconnects every socket of one user, on every instance, when their rights change (role, teams):
   * rooms and the socket's principal were fixed at connection, and the console reconnects at once
   * with the new ones (issue item: demotion takes effect on open sockets).
   */
  disconnectUser(organizationId: string, userId: string): Promise<void>;
  attach(server: HttpServer): Promise<void>;
  close(): Promise<void>;
  readonly io: RealtimeServer | null;
};

// The socket handshake is not a Fastify request: its cookie header goes through the same parser.
const readCookie = (header: string | undefined, name: string): string | undefined => (header ? fastifyCookie.parse(header)[name] : undefined);

export function createRealtime(opts: { auth: AuthService; redisUrl?: string; log: FastifyBaseLogger; limits: SocketLimits }): Realtime {
  let io: RealtimeServer | null = null;
  const handlers: ((socket: ConsoleSocket, principal: Principal) => void)[] = [];
  const attachHooks: ((io: RealtimeServer) => void)[] = [];
  const redisClients: ReturnType<typeof createClient>[] = [];

  return {
    get io() {
      return io;
    },
    // The face above checks event and payload; Socket.IO's emit cannot follow a generic event name.
    publish(room, event, data) {
      io?.to(room).emit(event, ...([data] as never));
    },
    publishIn(namespace, room, event, data) {
      io?.of(namespace)
        .to(room)
        .emit(event as never, ...([data] as never));
    },
    onConnection(fn) {
      handlers.push(fn);
    },
    onAttach(fn) {
      attachHooks.push(fn);
    },
    async disconnectSession(organizationId, sessionId) {
      io?.in(`org:${organizationId}:session:${sessionId}`).disconnectSockets(true);
    },
    async disconnectUser(organizationId, userId) {
      io?.in(rooms.user(organizationId, userId)).disconnectSockets(true);
    },
    async attach(server) {
      io = new Server<ConsoleClientToServer, ConsoleServerToClient, DefaultEventsMap, ConsoleSocketData>(server, {
        serveClient: false,
        transports: ['websocket', 'polling'],
      });
      if (opts.redisUrl) {
        const pub = createClient({ url: opts.redisUrl });
        const sub = pub.duplicate();
        for (const c of [pub, sub]) c.on('error', (err) => opts.log.error({ err }, 'redis error'));
        await Promise.all([pub.connect(), sub.connect()]);
        redisClients.push(pub, sub);
        io.adapter(createAdapter(pub, sub));
      }
      // Every namespace's sockets (staff here, visitors in '/widget') share one event limit, set
      // before any module's handler sees an event (hardening issue, socket floods item).
      io.on('new_namespace', (ns) => ns.on('connection', (socket) => limitSocket(socket, opts.limits)));
      io.use(async (socket, next) => {
        try {
          const principal = await opts.auth.authenticate(readCookie(socket.handshake.headers.cookie, SESSION_COOKIE));
          if (!principal) return next(new Error('AUTH_REQUIRED'));
          socket.data.principal = principal;
          next();
        } catch (err) {
          next(err as Error);
        }
      });
      io.on('connection', (socket) => {
        limitSocket(socket, opts.limits);
        const p = socket.data.principal;
        void socket.join([
          rooms.org(p.organizationId),
          rooms.user(p.organizationId, p.userId),
          rooms.role(p.organizationId, p.role),
          `org:${p.organizationId}:session:${p.sessionId}`,
        ]);
        for (const fn of handlers) fn(socket, p);
      });
      for (const fn of attachHooks) fn(io);
    },
    async close() {
      if (io) await new Promise<void>((resolve) => io!.close(() => resolve()));
      io = null;
      await Promise.all(redisClients.map((c) => c.quit().catch(() => {})));
      redisClients.length = 0;
    },
  };
}
