#!/bin/sh
# Records the api bundles of the current tree as the API baseline: a small p2 repository in releng/api-baseline/
# (content.xml, artifacts.xml, plugins/*.jar) that the build compares every *.api bundle with (tycho-baseline-plugin,
# root pom.xml). Run it when a release is cut, then commit releng/api-baseline/. Offline; builds only the api bundles.
# See docs/developers.md, "API versions and the baseline".
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/env.sh
APIS="fr.mutualis.core.api fr.mutualis.budget.api fr.mutualis.payroll.api fr.mutualis.urbanism.api"
modules=""
for api in $APIS; do modules="$modules${modules:+,}bundles/$api"; done
# the new baseline replaces the old one: do not check against it while building it
./mvnw -o -B -q verify -pl "$modules" -am -DskipTests -Dmutualis.baseline.skip=true
out=releng/api-baseline
rm -rf "$out"
mkdir -p "$out/plugins"
python3 - "$out" $APIS <<'PY'
import os, shutil, sys, time, xml.etree.ElementTree as ET
out, apis = sys.argv[1], sys.argv[2:]
units, artifacts = [], []
for api in apis:
    target = f"bundles/{api}/target"
    unit = ET.parse(f"{target}/p2content.xml").getroot().find("unit")
    artifact = ET.parse(f"{target}/p2artifacts.xml").getroot().find("artifact")
    maven_version = unit.find("properties/property[@name='maven-version']").get("value")
    for props in (unit.find("properties"), artifact.find("properties")):
        for p in [p for p in props if p.get("name").startswith("maven-")]:
            props.remove(p)
        props.set("size", str(len(props)))
    version = unit.get("version")
    jar = f"{api}-{maven_version}.jar"
    shutil.copy(f"{target}/{jar}", f"{out}/plugins/{api}_{version}.jar")
    units.append(ET.tostring(unit, encoding="unicode"))
    artifacts.append(ET.tostring(artifact, encoding="unicode"))
stamp = str(int(time.time() * 1000))
with open(f"{out}/content.xml", "w", encoding="utf-8") as f:
    f.write("<?xml version='1.0' encoding='UTF-8'?>\n<?metadataRepository version='1.2.0'?>\n"
            "<repository name='Mutualis API baseline' type='org.eclipse.equinox.internal.p2.metadata.repository."
            "LocalMetadataRepository' version='1'>\n"
            f"  <properties size='1'>\n    <property name='p2.timestamp' value='{stamp}'/>\n  </properties>\n"
            f"  <units size='{len(units)}'>\n" + "".join(units) + "  </units>\n</repository>\n")
with open(f"{out}/artifacts.xml", "w", encoding="utf-8") as f:
    f.write("<?xml version='1.0' encoding='UTF-8'?>\n<?artifactRepository version='1.1.0'?>\n"
            "<repository name='Mutualis API baseline' type='org.eclipse.equinox.p2.artifact.repository."
            "simpleRepository' version='1'>\n"
            f"  <properties size='1'>\n    <property name='p2.timestamp' value='{stamp}'/>\n  </properties>\n"
            "  <mappings size='1'>\n    <rule filter='(&amp; (classifier=osgi.bundle))' "
            "output='${repoUrl}/plugins/${id}_${version}.jar'/>\n  </mappings>\n"
            f"  <artifacts size='{len(artifacts)}'>\n" + "".join(artifacts) + "  </artifacts>\n</repository>\n")
print(f"API baseline written to {out}: " + ", ".join(sorted(os.listdir(f"{out}/plugins"))))
PY
