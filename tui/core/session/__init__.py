"""The session floor: opening a load through the store (the cache-aware loader) and following files as they change."""
