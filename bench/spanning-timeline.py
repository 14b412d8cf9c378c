#!/usr/bin/env python3
"""Splits each spanning request through ProfD's gateway into its parts, from the gateway's socket calls.

While a client loops `{ schools(first: 20) { totalCount nodes { id name nation triangle { id } } } }` through the
gateway (trust and one node behind it, demo data), record:

    perf trace -p GATEWAY_PID -e sendto,recvfrom -o /tmp/gateway-perf.log   # Ctrl-C after a few seconds
    python3 bench/spanning-timeline.py /tmp/gateway-perf.log

The caller's request, the node's and the trust's answers and the gateway's own answer are told apart by their sizes,
printed with --sizes (the defaults fit the demo's uclioe node). Written up in docs/benchmarks.md.
"""
import re
import statistics
import sys

CALL = re.compile(r"\s*([\d.]+) \(.*?\): .*?(sendto|recvfrom)\(fd: (\d+).*?=\s+(-?\d+)")
PARTS = ["caller request", "node sent", "node answered", "trust sent", "trust answered", "answer sent"]


def kind(op, size):
    if op == "recvfrom" and size < 400:
        return "caller request"
    if op == "sendto" and 400 < size < 600:
        return "node sent"
    if op == "recvfrom" and size > 2000:
        return "node answered"
    if op == "sendto" and 800 < size < 920:
        return "trust sent"
    if op == "recvfrom" and 700 < size < 760:
        return "trust answered"
    if op == "sendto" and 920 < size < 960:
        return "answer sent"
    return None


def main(path, show_sizes):
    calls = []
    for line in open(path):
        match = CALL.match(line)
        if not match or "PEEK" in line or int(match[4]) <= 0:
            continue
        calls.append((float(match[1]), match[2], int(match[4])))
    if show_sizes:
        for op, size in sorted({(op, size) for _, op, size in calls}):
            print(op, size)
        return
    events = [(kind(op, size), t) for t, op, size in calls if kind(op, size)]
    spans = {name: [] for name in ["gateway before node", "node", "gateway between", "trust", "gateway after", "whole"]}
    i = 0
    while i + len(PARTS) <= len(events):
        window = events[i:i + len(PARTS)]
        if [k for k, _ in window] != PARTS:
            i += 1
            continue
        t = [time for _, time in window]
        for name, value in zip(spans, [t[1] - t[0], t[2] - t[1], t[3] - t[2], t[4] - t[3], t[5] - t[4], t[5] - t[0]]):
            spans[name].append(value)
        i += len(PARTS)
    for name, values in spans.items():
        print(f"{name:20s} n={len(values)} median={statistics.median(values):.3f} ms" if values else f"{name:20s} none")


if __name__ == "__main__":
    main(sys.argv[1], "--sizes" in sys.argv)
