"""The domain and its services. No Qt, ever (enforced by import-linter)."""
