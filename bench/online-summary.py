#!/usr/bin/env python3
"""Summary of an online-list.sh output: req/s and p99 per endpoint (round 2 figures and the mean of both
rounds), the throughput ratio online / hand-written, and the targets (ratio >= 0.87, p99 <= 50 ms)."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
runs = {}
baseline = None
for block in re.split(r"^== ", text, flags=re.M)[1:]:
    head = block.split("\n", 1)[0]
    if head.startswith("baseline"):
        baseline = float(re.search(r"Requests/sec:\s*([\d.]+)", block).group(1))
        continue
    which, rnd = head.split()[0], int(head.split()[2].rstrip(":"))
    rps = float(re.search(r"Requests/sec:\s*([\d.]+)", block).group(1))
    m = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s)\b", block, flags=re.M)
    p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    reqs = int(re.search(r"(\d+) requests in", block).group(1))
    cpu = float(re.search(r"server cpu during the run: ([\d.]+) s", block).group(1))
    runs.setdefault(which, []).append((rnd, rps, p99, cpu * 1000 / reqs))
for which, rs in runs.items():
    for rnd, rps, p99, cpu_ms in rs:
        print(f"{which} round {rnd}: {rps:.1f} req/s, p99 {p99:.1f} ms, server CPU {cpu_ms:.2f} ms/request")
mean = {w: sum(r[1] for r in rs) / len(rs) for w, rs in runs.items()}
worst = {w: max(r[2] for r in rs) for w, rs in runs.items()}
ratio = mean["online"] / mean["hand"]
cpu = {w: sum(r[3] for r in rs) / len(rs) for w, rs in runs.items()}
print(f"SUMMARY online-list: online {mean['online']:.1f} req/s (worst p99 {worst['online']:.1f} ms), "
      f"hand-written {mean['hand']:.1f} req/s (worst p99 {worst['hand']:.1f} ms), ratio {ratio:.3f}, "
      f"server CPU ms/request online {cpu['online']:.2f} / hand-written {cpu['hand']:.2f} "
      f"(targets: ratio >= 0.87 {'met' if ratio >= 0.87 else 'MISSED'}; "
      f"p99 <= 50 ms {'met' if worst['online'] <= 50 else 'MISSED'})"
      + (f"; host baseline user/info {baseline:.0f} req/s" if baseline is not None else ""))
