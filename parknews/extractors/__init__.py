"""Extractors: text → typed mentions with character offsets."""
