"""Extractors: independent functions from clean text to typed mentions with offsets.

Each module is imported on its own (``parknews.extractors.money`` …); this package
imports nothing so that loading one extractor stays cheap.
"""
