"""The store floor: the SQLite database of parses, day groups, timelines, marks and sessions, its codec and lazy lists."""
