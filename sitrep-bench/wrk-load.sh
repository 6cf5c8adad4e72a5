#!/usr/bin/env bash
# Load test of `sitrep serve` with wrk: starts the server on WORKSPACE (read-only, on 127.0.0.1, a
# free port), then runs wrk against the story list, the largest story, its sources and a search, and
# prints one Markdown table row per route: requests/s, p50, p99, errors.
#
#   sitrep-bench/wrk-load.sh WORKSPACE [SECONDS] [CONNECTIONS]
#
# Needs the built CLI (sitrep-app/target/sitrep.jar and target/lib; SITREP_JAR/SITREP_LIB override),
# and the Debian packages wrk and sqlite3, which it installs with apt-get when they are missing.
# JAVA_OPTS adds options to the server JVM; MEDIAN_STORY picks the typical story to load. Search words: SEARCH_WORDS (space-separated, default
# "government" "said police" "minister"). Everything is measured after a warm-up run of each route.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
ws="${1:?usage: wrk-load.sh WORKSPACE [SECONDS] [CONNECTIONS]}"
seconds="${2:-20}"
connections="${3:-8}"
threads=2
jar="${SITREP_JAR:-$root/sitrep-app/target/sitrep.jar}"
lib="${SITREP_LIB:-$root/sitrep-app/target/lib}"

for tool in wrk sqlite3; do
  if ! command -v "$tool" > /dev/null; then
    echo "wrk-load: installing $tool (Debian package)" >&2
    apt-get install -y -q "$tool" > /dev/null
  fi
done
[[ -f "$ws/workspace.db" ]] || { echo "wrk-load: no workspace.db in $ws" >&2; exit 2; }
[[ -f "$jar" ]] || { echo "wrk-load: no $jar; build with mvn -pl sitrep-app -am package -DskipTests" >&2; exit 2; }

db="$ws/workspace.db"
articles="$(sqlite3 "$db" 'SELECT count(*) FROM articles')"
stories="$(sqlite3 "$db" 'SELECT count(*) FROM stories')"
story="$(sqlite3 "$db" 'SELECT story_id FROM story_articles GROUP BY story_id ORDER BY count(*) DESC, story_id LIMIT 1')"
members="$(sqlite3 "$db" "SELECT count(*) FROM story_articles WHERE story_id = '$story'")"
# the story of median document size: what a story page usually costs
# (MEDIAN_STORY names it instead, e.g. to compare with a version 1 workspace, which has no documents)
median="${MEDIAN_STORY:-$(sqlite3 "$db" "SELECT story_id FROM story_documents ORDER BY length(json), story_id
  LIMIT 1 OFFSET (SELECT count(*) / 2 FROM story_documents)")}"

log="$(mktemp)"
# shellcheck disable=SC2086
java -Xmx1g ${JAVA_OPTS:-} -cp "$jar:$lib/*" org.sitrep.app.Main serve --workspace "$ws" --port 0 > "$log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 600); do
  url="$(grep -o 'http://127.0.0.1:[0-9]*/' "$log" | head -1 || true)"
  [[ -n "$url" ]] && break
  kill -0 "$server" 2> /dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "wrk-load: the server did not start" >&2; cat "$log" >&2; exit 1; }

story_bytes="$(curl -s "${url}api/stories/$story" | wc -c)"
median_bytes="$(curl -s "${url}api/stories/$median" | wc -c)"
echo "workspace: $articles articles, $stories stories; largest story $story ($members articles, $story_bytes bytes of JSON);"\
  "median story $median ($median_bytes bytes)"
echo "wrk -t$threads -c$connections -d${seconds}s --latency, after a 5 s warm-up per route; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| route | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"

run() {
  local path="$1"
  wrk -t"$threads" -c"$connections" -d5s "$url${path#/}" > /dev/null
  local out
  out="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$url${path#/}")"
  local rps p50 p99 errors non2xx
  rps="$(awk '/^Requests\/sec/ {print $2}' <<< "$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<< "$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<< "$out")"
  errors="$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<< "$out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' <<< "$out")"
  echo "| \`GET $path\` | $rps | $p50 | $p99 | $(( ${errors:-0} + ${non2xx:-0} )) |"
}

run "/api/stories"
run "/api/stories?offset=2000"
run "/api/stories/$median"
run "/api/stories/$story"
run "/api/stories/$story/sources"
for words in ${SEARCH_WORDS:-government said+police minister}; do
  run "/api/search?q=$words"
done
