#!/bin/sh
# Makes sure a Redis server answers on 127.0.0.1:6379: uses a running one, else starts
# redis-server (installing Debian's package when it is missing). Keeps nothing on disk.
set -eu
ping() {
  if command -v redis-cli >/dev/null 2>&1; then
    redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG
  else
    python3 - <<'PY'
import socket, sys
try:
    s = socket.create_connection(("127.0.0.1", 6379), timeout=1)
    s.sendall(b"PING\r\n")
    sys.exit(0 if s.recv(16).startswith(b"+PONG") else 1)
except OSError:
    sys.exit(1)
PY
  fi
}
if ping; then exit 0; fi
if ! command -v redis-server >/dev/null 2>&1; then
  echo "installing redis-server" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
fi
echo "starting redis-server on 127.0.0.1:6379" >&2
redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no --dir /tmp --logfile /tmp/spatius-redis.log
i=0
while ! ping; do
  i=$((i + 1))
  if [ "$i" -gt 50 ]; then echo "redis did not answer on 127.0.0.1:6379" >&2; exit 1; fi
  sleep 0.1
done
