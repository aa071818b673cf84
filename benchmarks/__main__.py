"""``python -m benchmarks``: the benchmark table (see :mod:`benchmarks.run`)."""

from benchmarks.run import main

main()
