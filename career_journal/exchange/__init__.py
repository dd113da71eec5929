"""Markdown and JSON export, JSON and jrnl import."""
