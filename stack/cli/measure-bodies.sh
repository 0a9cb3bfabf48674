#!/usr/bin/env bash
# Measures the whole stack (npm start --no-spa) under a 400 MB unauthenticated POST to
# /functions/v1/stripe-webhook and /rest/v1: RSS of the stack process and of the webhook's Deno process.
# Run from anywhere: stack/cli/measure-bodies.sh (free high ports, a temporary data folder, stops
# the stack at the end). Needs curl and ss.
set -u
cd "$(dirname "$0")/../.."
base=$((40000 + RANDOM % 10000))
export API_PORT=$base DB_PORT=$((base+1)) MAIL_WEB_PORT=$((base+2)) SMTP_PORT=$((base+3)) SPA_PORT=$((base+4))
export POSTGREST_PORT=$((base+5)) POSTGREST_ADMIN_PORT=$((base+6)) AUTH_PORT=$((base+7)) FUNCTIONS_PORT=$((base+8)) STORAGE_PORT=$((base+9)) CHECKOUT_PORT=$((base+10))
export STACK_DATA_DIR=$(mktemp -d /tmp/bodies-measure-XXXX); chmod 755 "$STACK_DATA_DIR"
log=$STACK_DATA_DIR/start.log
setsid npx tsx stack/cli/start.ts --no-spa > "$log" 2>&1 &
starter=$!
for i in $(seq 1 240); do grep -qi ready "$log" && break; sleep 1; done
grep -i ready "$log" | head -1
stack_pid=$(ss -ltnpH "sport = :$API_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
wh_dir=$(pwd)/supabase/functions/stripe-webhook
deno_pid=""
for p in $(pgrep -f deno); do [ "$(readlink /proc/$p/cwd)" = "$wh_dir" ] && deno_pid=$p; done
# the stripe-webhook process boots in the background; wait for it
for i in $(seq 1 60); do [ -n "$deno_pid" ] && break; sleep 1; for p in $(pgrep -f deno); do [ "$(readlink /proc/$p/cwd)" = "$wh_dir" ] && deno_pid=$p; done; done
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$1/status 2>/dev/null; }
# The Supabase CLI's demo anon key (stack/config.ts DEFAULT_ANON_KEY).
anon='eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0'
measure() { # $1 label, rest: curl args
  local label=$1; shift
  local before_s=$(rss $stack_pid) before_d=$(rss $deno_pid) peak_s=0 peak_d=0
  ( head -c 400M /dev/zero | curl -sS -o /dev/null -w '%{http_code}' -X POST -T - -H 'content-type: application/octet-stream' "$@" > "$STACK_DATA_DIR/code" 2>/dev/null ) &
  local c=$!
  while kill -0 $c 2>/dev/null; do
    s=$(rss $stack_pid); d=$(rss $deno_pid)
    [ "${s:-0}" -gt $peak_s ] && peak_s=$s; [ "${d:-0}" -gt $peak_d ] && peak_d=$d
    sleep 0.05
  done
  echo "$label: HTTP $(cat $STACK_DATA_DIR/code); stack process RSS ${before_s} MB -> peak ${peak_s} MB; stripe-webhook Deno RSS ${before_d} MB -> peak ${peak_d} MB"
}
echo "stack pid $stack_pid, stripe-webhook deno pid $deno_pid"
measure "POST /functions/v1/stripe-webhook (400 MB, chunked, no key)" "http://127.0.0.1:$API_PORT/functions/v1/stripe-webhook"
measure "POST /rest/v1/rpc/x (400 MB, chunked, anon key)" -H "apikey: $anon" "http://127.0.0.1:$API_PORT/rest/v1/rpc/x"
kill -INT -- -$starter 2>/dev/null
wait $starter 2>/dev/null
sleep 2
rm -rf "$STACK_DATA_DIR"
