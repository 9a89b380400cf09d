#!/usr/bin/env bash
# scripts/slurm-batch on a real single-node Slurm (scripts/slurm-local): a job array of
# three shards merged gives exactly what one machine gives for the whole batch, and a
# task that fails fails the whole. Skips (77) only when Slurm, munge or root is missing.
set -uo pipefail
ttx="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
for tool in slurmctld slurmd munged sbatch; do
  command -v "$tool" >/dev/null || { echo "SKIPPED: $tool is missing (scripts/setup installs slurm-wlm and munge)"; exit 77; }
done
[ "$(id -u)" -eq 0 ] || { echo "SKIPPED: starting Slurm's daemons needs root"; exit 77; }
work="$(mktemp -d)"
cleanup() { "$root/scripts/slurm-local" stop "$work/slurm"; rm -rf "$work"; }
trap cleanup EXIT
eval "$("$root/scripts/slurm-local" start "$work/slurm")" || { echo "FAIL: Slurm did not start"; exit 1; }
scenario="$root/scenarios/drill_incidents.yaml"
fail() { echo "FAIL: $*"; exit 1; }

TTX="$ttx" TTX_SLURM_DIR="$work/run" "$root/scripts/slurm-batch" "$scenario" -n 12 --shards 3 --vs --json "$work/slurm.json" \
  > "$work/slurm.out" 2>&1 || { cat "$work/slurm.out"; fail "slurm-batch exited non-zero"; }
"$ttx" batch "$scenario" -n 12 --vs --json "$work/one.json" > /dev/null 2>&1 || fail "ttx batch failed"
cmp "$work/one.json" "$work/slurm.json" || fail "the merged job array differs from one machine's batch"
grep -q "replications" "$work/slurm.out" || fail "no answer printed: $(cat "$work/slurm.out")"

if TTX="$ttx" TTX_SLURM_DIR="$work/bad" "$root/scripts/slurm-batch" "$scenario" -n 4 --shards 2 --set stock.no_such_item=1 \
  > "$work/bad.out" 2>&1; then
  fail "a job array whose tasks fail did not fail"
fi
echo "slurm-batch: 3 shards on Slurm merged equal one machine's batch; failing tasks fail it"
