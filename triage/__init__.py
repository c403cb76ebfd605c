"""aipmo triage."""
