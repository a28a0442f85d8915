"""Excel ledgers, PDF receipts and certificates, donor indicators, imports (#6). No Qt here."""
