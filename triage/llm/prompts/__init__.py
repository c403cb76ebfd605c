"""Versioned prompt files (`*.vN.<lang>.md`) of the LLM engine and extractor.

A package only so the files ship in the wheel next to the code that loads them (`triage.llm.messages`).
"""
