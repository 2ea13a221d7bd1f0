# Helpers shared by the benchmark scripts (sourced, not run). They write their logs to $WORK and read $RUNS.

# Runs a command once under /usr/bin/time; sets SECONDS_TAKEN and PEAK_MB.
measure_once() {
  local log="$WORK/time.log"
  /usr/bin/time -f "%e %M" -o "$log" "$@" > "$WORK/out.log" 2>&1 || { cat "$WORK/out.log" >&2; exit 1; }
  read -r SECONDS_TAKEN PEAK_KB < "$log"
  PEAK_MB=$((PEAK_KB / 1024))
}

# Runs a command RUNS times; sets SECONDS_TAKEN to the median time, SPREAD to "min-max" and PEAK_MB to the largest.
measure() {
  local times=() peak=0
  for _ in $(seq "$RUNS"); do
    measure_once "$@"
    times+=("$SECONDS_TAKEN")
    [ "$PEAK_MB" -gt "$peak" ] && peak=$PEAK_MB
  done
  read -r SECONDS_TAKEN SPREAD < <(printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR]=$1} END {print t[int((NR+1)/2)], t[1] "-" t[NR]}')
  PEAK_MB=$peak
}

row() { printf '%-56s %9s s %8s MB  %s\n' "$1" "$2" "$3" "$4"; }
ratio() { python3 -c "print(f'{$1 / $2:.1f}')"; }
mbps() { python3 -c "print(f'{$1 / 1e6 / $2:.1f} MB/s')"; }

