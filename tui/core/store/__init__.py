"""The store floor: the SQLite database (parses, day groups, timelines, marks, sessions), its codec and lazy lists."""
