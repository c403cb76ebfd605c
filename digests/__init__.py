"""aipmo digests."""
