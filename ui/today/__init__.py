"""Today: the receptionist's first screen, with the call list."""
