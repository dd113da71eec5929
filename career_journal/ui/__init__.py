"""Everything PySide6. Never writes SQL; reads and writes through the Journal facade."""
