"""The Timeline page and the way its rows are drawn."""
