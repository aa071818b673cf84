"""The build floor: the pipeline that runs the stages over day groups, and the day groups themselves."""
