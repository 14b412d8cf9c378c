#!/bin/sh
# The compose federation's first step after start: register its three nodes with the trust, as the operator client
# (docs/operations.md, "The first institutions"). Run by docker-compose.yml's `register` service; safe to run again
# (an institution already registered answers CONFLICT and stays as it is).
set -eu

trust="${TRUST:-http://127.0.0.1:5100}"
secret_file=/trust/keys/trust/identity/operator-secret

wait_for() {
  tries=0
  until curl -fsS -o /dev/null "$1"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 150 ]; then echo "register: no answer from $1 after 5 minutes" >&2; exit 1; fi
    sleep 2
  done
}

wait_for "$trust/health"
while [ ! -s "$secret_file" ]; do sleep 1; done
token=$(curl -fsS "$trust/connect/token" -d grant_type=client_credentials -d client_id=profd-operator \
  --data-urlencode "client_secret=$(cat "$secret_file")" -d scope=profd | sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p')
if [ -z "$token" ]; then echo "register: the trust gave the operator no token" >&2; exit 1; fi

register() {
  wait_for "${4%/graphql}/health"
  echo "register: $1 at $4"
  curl -fsS "$trust/graphql" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{
    \"query\": \"mutation(\$i: InstitutionInput!) { registerInstitution(input: \$i) { code status } }\",
    \"variables\": { \"i\": { \"code\": \"$1\", \"name\": \"$2\", \"nation\": \"$3\", \"endpoint\": \"$4\" } } }"
  echo
}

register uclioe "UCL Institute of Education" GB http://127.0.0.1:5101/graphql
register unimelb "University of Melbourne" AU http://127.0.0.1:5102/graphql
register makerere "Makerere University" UG http://127.0.0.1:5103/graphql
