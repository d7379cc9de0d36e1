"""End-to-end tests: the real bot against tests/fakediscord."""
