"""The Insights page: five charts of the journal over time, and the records behind a bar."""
