"""Change capture and (from #5) synchronisation with the central server. No Qt here."""
