"""The parts of `pipeline.extract.speakers`, one job each; import from that module."""
