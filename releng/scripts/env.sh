# Sourced by the Mutualis scripts: finds a Java 21+ JDK (JAVA_HOME if it is one, else a Temurin 25/21 in
# /usr/lib/jvm) and exports JAVA_HOME. Maven itself comes from the wrapper (./mvnw, Maven 3.9.11).
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/temurin-21* /usr/lib/jvm/*-21*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then JAVA_HOME="$candidate"; break; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "Mutualis needs Java 21 or newer (25 recommended): set JAVA_HOME to such a JDK." >&2
    exit 1
  fi
fi
export JAVA_HOME
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCTS="$ROOT/releng/fr.mutualis.products/target/products"
SERVER="$PRODUCTS/fr.mutualis.server/linux/gtk/x86_64/mutualis-server"
CLIENT_INTERCO="$PRODUCTS/fr.mutualis.client.intercommunalite/linux/gtk/x86_64/mutualis-client-intercommunalite"
CLIENT_COMMUNE="$PRODUCTS/fr.mutualis.client.commune/linux/gtk/x86_64/mutualis-client-commune"
