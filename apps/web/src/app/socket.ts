import { io, type Socket } from 'socket.io-client';

// One Socket.IO connection per logged-in console, authenticated by the session cookie. Modules
// will subscribe to pushed events here and invalidate or patch their queries.
let socket: Socket | null = null;

export function connectSocket(): Socket {
  if (!socket) socket = io({ path: '/socket.io', withCredentials: true });
  return socket;
}

export function getSocket(): Socket | null {
  return socket;
}

export function disconnectSocket(): void {
  socket?.disconnect();
  socket = null;
}
