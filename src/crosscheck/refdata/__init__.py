"""Reference data shipped with crosscheck or its dependencies (no downloads at run time)."""
