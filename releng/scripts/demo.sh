#!/bin/sh
# Builds Mutualis, starts the server on its embedded H2 database with the real INSEE collectivities imported and
# demo accounts, then starts the client (intercommunalité profile). Closing the client stops the server.
#   Demo accounts: secretaire / demo-secretaire-2026  (communes of Chassy and Cornusse, CC Pays de Nérondes)
#                  instructeur / demo-instructeur-2026 (the EPCI's urbanism instruction service)
# Options: --no-build (reuse the last build), --postgres (the server on PostgreSQL instead of embedded H2: a
# PostgreSQL server started by postgres.sh in <DEMO_DATA>/postgres, stopped with the demo, its data kept),
# DEMO_DATA=<folder> (default: ./demo-data, kept between runs).
set -e
. "$(dirname "$0")/env.sh"
cd "$ROOT"
BUILD=yes
POSTGRES=no
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=no ;;
    --postgres) POSTGRES=yes ;;
    *) echo "Option inconnue : $arg (options : --no-build, --postgres)" >&2; exit 64 ;;
  esac
done
if [ "$BUILD" = yes ]; then
  ./mvnw -B -q install -DskipTests
fi
DATA="${DEMO_DATA:-$ROOT/demo-data}"
mkdir -p "$DATA"
LOG="$DATA/server.log"
SERVER_DATA="$DATA/server"
cleanup() {
  [ -n "${SERVER_PID:-}" ] && kill $SERVER_PID 2>/dev/null && wait $SERVER_PID 2>/dev/null || true
  [ "$POSTGRES" = yes ] && "$ROOT/releng/scripts/postgres.sh" stop "$DATA/postgres" || true
}
trap cleanup EXIT
trap 'cleanup; trap - EXIT; exit 130' INT TERM
if [ "$POSTGRES" = yes ]; then
  SERVER_DATA="$DATA/server-postgres"
  "$ROOT/releng/scripts/postgres.sh" start "$DATA/postgres" > /dev/null
  PG_URL=$(sed -n 's/^MUTUALIS_TEST_POSTGRES=//p' "$DATA/postgres/env")
  PG_PORT=$(echo "$PG_URL" | sed 's#^jdbc:postgresql://127.0.0.1:\([0-9]*\)/.*#\1#')
  PG_USER=$(echo "$PG_URL" | sed 's#.*[?&]user=\([^&]*\).*#\1#')
  PG_PASSWORD=$(echo "$PG_URL" | sed 's#.*[?&]password=\([^&]*\).*#\1#')
  PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)")
  if ! PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'mutualis'" | grep -q 1; then
    PGPASSWORD="$PG_PASSWORD" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" mutualis
  fi
  # As hosted: the server works as mutualis_serveur, not the owner of the tables (row-level security applies to it);
  # our superuser owns the schema and runs the migrations (docs/hosting-database.md).
  if [ ! -f "$DATA/postgres/serveur-password" ]; then
    (umask 077; od -An -N12 -tx1 /dev/urandom | tr -d ' \n' > "$DATA/postgres/serveur-password")
  fi
  SERVEUR_PASSWORD=$(cat "$DATA/postgres/serveur-password")
  if ! PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
      "SELECT 1 FROM pg_roles WHERE rolname = 'mutualis_serveur'" | grep -q 1; then
    PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres \
      -c "CREATE ROLE mutualis_serveur LOGIN PASSWORD '$SERVEUR_PASSWORD'"
  fi
  # The port changes at every start: the db.* lines of the server's configuration are rewritten each time.
  mkdir -p "$SERVER_DATA"
  touch "$SERVER_DATA/mutualis.properties"
  grep -v '^db\.\(url\|user\|password\|owner\.user\|owner\.password\)=' "$SERVER_DATA/mutualis.properties" \
    > "$SERVER_DATA/mutualis.properties.new" || true
  printf 'db.url=jdbc:postgresql://127.0.0.1:%s/mutualis\ndb.user=mutualis_serveur\ndb.password=%s\ndb.owner.user=%s\ndb.owner.password=%s\n' \
    "$PG_PORT" "$SERVEUR_PASSWORD" "$PG_USER" "$PG_PASSWORD" >> "$SERVER_DATA/mutualis.properties.new"
  mv "$SERVER_DATA/mutualis.properties.new" "$SERVER_DATA/mutualis.properties"
  echo "Base PostgreSQL : jdbc:postgresql://127.0.0.1:$PG_PORT/mutualis (serveur dans $DATA/postgres)"
fi
MUTUALIS_DATA="$SERVER_DATA" MUTUALIS_INIT="$ROOT/releng/demo/demo.gogo" \
  "$SERVER/bin/mutualis-server" > "$LOG" 2>&1 &
SERVER_PID=$!
echo "Serveur en cours de démarrage (journal : $LOG) ; import des collectivités INSEE…"
i=0
until grep -q "demo.gogo exécuté" "$LOG" 2>/dev/null; do
  i=$((i + 1))
  if ! kill -0 $SERVER_PID 2>/dev/null || [ $i -gt 300 ]; then echo "Le serveur n'a pas démarré :" >&2; tail -40 "$LOG" >&2; exit 1; fi
  sleep 1
done
grep -E "^(Import terminé|  Communes|  EPCI|Mutualis :)" "$LOG" || true
echo "Serveur prêt. Console d'administration : MUTUALIS_DATA=\"$DATA/server\" \"$SERVER/bin/mutualis-console\""
echo "Client : identifiant secretaire, mot de passe demo-secretaire-2026"
if [ -z "${DISPLAY:-}" ]; then
  echo "Pas d'affichage graphique (DISPLAY) : le client n'est pas lancé. Serveur actif ; Ctrl-C pour l'arrêter."
  wait $SERVER_PID
else
  # the client goes to the port the server listens on (remote.port of its configuration, 3288 by default)
  PORT=$(sed -n 's/^remote\.port=//p' "$SERVER_DATA/mutualis.properties" 2>/dev/null | tail -1)
  MUTUALIS_SERVER=ecftcp://localhost:${PORT:-3288}/server MUTUALIS_CLIENT_HOME="$DATA/client" "$CLIENT_INTERCO/bin/mutualis-client"
fi
