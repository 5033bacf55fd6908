#!/usr/bin/env bash
# Builds examples/spring-service against the installed artifacts (mvn install at the root first), starts it on a
# loopback port, sends it real HTTP requests with curl, compares each answer with the ocop CLI's output for the same
# files, checks its OpenAPI document against the checked-in openapi.json, and stops it. Called by .ci/run.
# Arguments are passed to mvn (e.g. -Dmaven.repo.local=...). OCOP_UPDATE_OPENAPI=1 rewrites openapi.json.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
examples="$root/ocop-samples/examples"
cli=(java -jar "$root/ocop-samples/target/ocop.jar")
work=$(mktemp -d)
pid=
stop() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" && wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop EXIT

mvn -B -q -f "$here/pom.xml" "$@" package
java -jar "$here/target/ocop-spring-service.jar" --server.address=127.0.0.1 --server.port=0 > "$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
    grep -q 'Started OcopService' "$work/log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/log"; echo "spring-service: the service stopped" >&2; exit 1; }
    sleep 0.5
done
port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/log" | head -1)
[[ -n "$port" ]] || { cat "$work/log"; echo "spring-service: did not start" >&2; exit 1; }
base="http://127.0.0.1:$port"
checks=0

post() { # path file [extra curl args...]: the answer's body; fails on an HTTP error
    local path=$1 file=$2; shift 2
    curl -sS -f -X POST -H 'Content-Type: application/json' --data-binary "@$file" "$@" "$base$path"
}
same_json() { # name expected actual [key to drop from expected]
    python3 - "$@" <<'PY'
import json, sys
name, expected, actual = sys.argv[1:4]
e, a = json.load(open(expected, encoding="utf-8")), json.load(open(actual, encoding="utf-8"))
for key in sys.argv[4:]:
    e.pop(key, None)
if e != a:
    sys.exit(f"spring-service: {name}: the service's answer differs from the CLI's")
PY
    checks=$((checks + 1))
}

# score: every example, byte for byte as `ocop score --format json` prints them (one line each)
files=("$examples"/qd-26-2026/*.json "$examples"/qd-1048-2019/*.json)
"${cli[@]}" score --format json "${files[@]}" > "$work/score.cli"
: > "$work/score.http"
for f in "${files[@]}"; do
    post /api/assessments/score "$f" >> "$work/score.http"
    echo >> "$work/score.http"
done
cmp "$work/score.cli" "$work/score.http" || { echo "spring-service: score cards differ from the CLI's" >&2; exit 1; }
checks=$((checks + ${#files[@]}))

# explain and advise: the same JSON as the CLI's (which indents it)
for f in "$examples/qd-26-2026/14-ruou-trang.json" "$examples/qd-1048-2019/I.1.1-bo-sap.json"; do
    "${cli[@]}" explain --format json "$f" > "$work/explain.cli"
    post /api/assessments/explain "$f" > "$work/explain.http"
    same_json "explain $(basename "$f")" "$work/explain.cli" "$work/explain.http"
    "${cli[@]}" advise --format json --target 5 "$f" > "$work/advise.cli"
    post "/api/assessments/advise?target=5" "$f" > "$work/advise.http"
    same_json "advise $(basename "$f")" "$work/advise.cli" "$work/advise.http"
done

# council: the CLI's result less its next step (which needs the council's level)
members=("$examples"/council/member-*.json)
python3 -c 'import json, sys; print(json.dumps([json.load(open(f, encoding="utf-8")) for f in sys.argv[1:]]))' \
    "${members[@]}" > "$work/members.json"
"${cli[@]}" council --format json "${members[@]}" > "$work/council.cli"
post /api/councils "$work/members.json" > "$work/council.http"
same_json council "$work/council.cli" "$work/council.http" nextStep

# rule sets and a sheet
"${cli[@]}" sheet --rule-set qd-26-2026 --sheet 1 --format json > "$work/sheet.cli"
curl -sS -f "$base/api/rule-sets/qd-26-2026/sheets/1" > "$work/sheet.http"
echo >> "$work/sheet.http"
cmp "$work/sheet.cli" "$work/sheet.http" || { echo "spring-service: sheet differs from the CLI's" >&2; exit 1; }
checks=$((checks + 1))
"${cli[@]}" rule-sets | sed -E 's/^([^ ]+) .* ([0-9]+) phiếu.*/\1 \2/' > "$work/rule-sets.cli"
curl -sS -f "$base/api/rule-sets" | python3 -c 'import json, sys; [print(r["id"], r["sheets"]) for r in json.load(sys.stdin)]' \
    > "$work/rule-sets.http"
cmp "$work/rule-sets.cli" "$work/rule-sets.http" || { echo "spring-service: rule sets differ from the CLI's" >&2; exit 1; }
checks=$((checks + 1))

# invalid input: an RFC 9457 problem in the request's language (a reader's problem, in vi and in en)
printf '%s' '{"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x", "colour": "y"}, "answers": {}}' > "$work/bad.json"
for lang in vi en; do
    status=$(curl -sS -o "$work/problem.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        -H "Accept-Language: $lang" --data-binary "@$work/bad.json" "$base/api/assessments/score")
    python3 - "$status" "$work/problem.json" "$lang" <<'PY'
import json, sys
status, body, lang = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8")), sys.argv[3]
p = body["problems"][0]
start = {"vi": "khóa lạ", "en": "unknown field"}[lang]
if status != "400" or body["status"] != 400 or p["path"] != "$.product.colour" or not p["message"].startswith(start):
    sys.exit("spring-service: unexpected problem answer " + status + " " + json.dumps(body, ensure_ascii=False))
PY
    checks=$((checks + 1))
done

# actuator info lists the rule sets with their digests
curl -sS -f "$base/actuator/info" | python3 -c '
import json, sys
ids = [r["id"] for r in json.load(sys.stdin)["ocop"]["ruleSets"] if r["digest"]]
sys.exit(None if ids == ["qd-1048-2019", "qd-148-2023", "qd-26-2026"] else "spring-service: actuator info " + str(ids))'
checks=$((checks + 1))

# the OpenAPI 3.1 document is the checked-in one
curl -sS -f "$base/v3/api-docs" > "$work/openapi.http"
if [[ "${OCOP_UPDATE_OPENAPI:-}" == 1 ]]; then
    python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1], encoding="utf-8")), indent=2, ensure_ascii=False))' \
        "$work/openapi.http" > "$here/openapi.json"
fi
python3 -c 'import json; d = json.load(open("'"$work/openapi.http"'")); assert d["openapi"].startswith("3.1"), d["openapi"]'
same_json openapi "$here/openapi.json" "$work/openapi.http"

echo "spring-service: $checks answers agree with the CLI and the checked-in OpenAPI document (port $port)"
