"""The stages after parsing, in pipeline order: dates, merge, ids, related, estimate, topics (classify).

Each takes values and returns new values; none imports another stage
except through the values they pass (merge reads the id rule).
"""
