"""SQLite storage (sqlite-utils); no Qt."""
