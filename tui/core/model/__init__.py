"""The model floor: the values every stage passes along (posts, feeds, blocks), text and time-zone helpers.

Imports nothing else from liveblog.
"""
