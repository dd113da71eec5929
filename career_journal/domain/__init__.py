"""Pure Python: record kinds, vocabularies, validation and derived views. No Qt, no SQL."""
