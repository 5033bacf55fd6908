#!/usr/bin/env bash
# Builds and tests the embedding setups of docs/embedding.md against the installed artifacts (mvn install at the root
# first): Spring Boot 3.5 with ocop-jackson2 (Jackson 2.19, Hibernate Validator 8) and Quarkus 3.33 (Jackson 2.21,
# Hibernate Validator 9). Each answers a real request with the score card the CLI prints. Called by .ci/run; the
# Spring Boot 4 setup is examples/spring-service (run.sh). Arguments are passed to mvn.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for project in boot35-jackson2 quarkus; do
    mvn -B -q -f "$here/$project/pom.xml" "$@" test
    echo "embedding: $project built and its tests passed"
done
