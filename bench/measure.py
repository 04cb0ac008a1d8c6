#!/usr/bin/env python3
"""Runs one command and reports its wall time, CPU time and peak resident memory.

    bench/measure.py [--input PATH]... -- COMMAND...

Prints one line: wall and CPU seconds, peak RSS (getrusage of the child, via wait4), the exit
code, and with --input the RSS as a multiple of the inputs' total size. The child's stdout is
discarded; the first line of its stderr is shown.
"""
import os
import subprocess
import sys
import time


def main(argv):
    inputs = []
    while argv and argv[0] != "--":
        if argv[0] == "--input" and len(argv) > 1:
            inputs.append(argv[1])
            argv = argv[2:]
        else:
            sys.exit("usage: measure.py [--input PATH]... -- COMMAND...")
    command = argv[1:]
    if not command:
        sys.exit("usage: measure.py [--input PATH]... -- COMMAND...")
    start = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this child's own usage, however many commands ran before.
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    stderr = child.stderr.read().decode("utf-8", "replace").splitlines()
    code = os.waitstatus_to_exitcode(status)
    rss_mb = usage.ru_maxrss / 1024  # KiB on Linux
    line = (f"wall {wall:7.2f} s  cpu {usage.ru_utime + usage.ru_stime:7.2f} s  "
            f"peak RSS {rss_mb:8.1f} MiB  exit {code}")
    if inputs:
        size = sum(os.path.getsize(p) if os.path.isfile(p) else dir_size(p) for p in inputs)
        line += f"  input {size / 2**20:8.1f} MiB  RSS/input {usage.ru_maxrss * 1024 / max(size, 1):6.1f}x"
    if stderr:
        line += f"  stderr: {stderr[0][:100]}"
    print(line, flush=True)
    return 0


def dir_size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
