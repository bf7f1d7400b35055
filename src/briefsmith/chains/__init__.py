"""Prompt chains as langchain-core Runnables, so they compose into a user's own pipelines."""
