"""The pure core: files -> parse -> merge -> classify -> store.  No UI imports."""
