#!/bin/sh
# Builds Mutualis, starts the server on its embedded H2 database with the real INSEE collectivities imported and
# demo accounts, then starts the client (intercommunalité profile). Closing the client stops the server.
#   Demo accounts: secretaire / demo-secretaire-2026  (communes of Chassy and Cornusse, CC Pays de Nérondes)
#                  instructeur / demo-instructeur-2026 (the EPCI's urbanism instruction service)
# Options: --no-build (reuse the last build), DEMO_DATA=<folder> (default: ./demo-data, kept between runs).
set -e
. "$(dirname "$0")/env.sh"
cd "$ROOT"
if [ "${1:-}" != "--no-build" ]; then
  ./mvnw -B -q install -DskipTests
fi
DATA="${DEMO_DATA:-$ROOT/demo-data}"
mkdir -p "$DATA"
LOG="$DATA/server.log"
MUTUALIS_DATA="$DATA/server" MUTUALIS_INIT="$ROOT/releng/demo/demo.gogo" \
  "$SERVER/bin/mutualis-server" > "$LOG" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT INT TERM
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
  MUTUALIS_SERVER=ecftcp://localhost:3288/server MUTUALIS_CLIENT_HOME="$DATA/client" "$CLIENT_INTERCO/bin/mutualis-client"
fi
