"""`make bench`: Relais against the raw engine, measured in the same run."""
