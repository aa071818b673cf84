"""The infrastructure floor: reading bytes safely, where files live (XDG), worker processes, a first look at bytes.

Knows no outlet and no stage; stands on the model floor only.
"""
