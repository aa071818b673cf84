"""Benchmarks that print figures (never tests); ``python -m benchmarks`` prints the table."""
