#!/usr/bin/env bash
# Ponte's benchmarks (docs/benchmarks.md): fills a MariaDB database of its own with generated data
# (once; later runs reuse it) and measures the service calls behind the heavy screens.
# Needs JDK 21+ and a MariaDB reachable as root through the local socket, or an existing database
# given as PONTE_BENCH_URL / PONTE_BENCH_USER / PONTE_BENCH_PASSWORD.
# Usage: docs/benchmark.sh [Benchmark class name pattern, default: all]
set -euo pipefail
cd "$(dirname "$0")/.."

export PONTE_BENCH_URL="${PONTE_BENCH_URL:-jdbc:mariadb://127.0.0.1:3306/ponte_bench}"
export PONTE_BENCH_USER="${PONTE_BENCH_USER:-ponte}"
export PONTE_BENCH_PASSWORD="${PONTE_BENCH_PASSWORD:-ponte}"

if [ "$PONTE_BENCH_URL" = "jdbc:mariadb://127.0.0.1:3306/ponte_bench" ] \
        && mariadb-admin --protocol=socket -uroot ping >/dev/null 2>&1; then
    mariadb --protocol=socket -uroot <<SQL
CREATE DATABASE IF NOT EXISTS ponte_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$PONTE_BENCH_USER'@'localhost' IDENTIFIED BY '$PONTE_BENCH_PASSWORD';
CREATE USER IF NOT EXISTS '$PONTE_BENCH_USER'@'127.0.0.1' IDENTIFIED BY '$PONTE_BENCH_PASSWORD';
GRANT ALL PRIVILEGES ON ponte_bench.* TO '$PONTE_BENCH_USER'@'localhost';
GRANT ALL PRIVILEGES ON ponte_bench.* TO '$PONTE_BENCH_USER'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
fi

if mariadb-admin --protocol=socket -uroot ping >/dev/null 2>&1; then
    pool=$(mariadb --protocol=socket -uroot -N -e 'select @@innodb_buffer_pool_size')
    if [ "$pool" -lt 1073741824 ]; then
        echo "warning: innodb_buffer_pool_size is $((pool / 1048576)) MB; the figures in docs/benchmarks.md" \
             "were taken with 1024 MB (docs/operations.md, Capacity)" >&2
    fi
fi

./mvnw -B -ntp -Pbenchmark verify -Dit.test="${1:-*Benchmark}"
echo
cat target/benchmarks/*.md
