"""The LLM path: settings, the chat model, structured output, the local model, cache, usage.

Imported only when a model is asked for (``check --llm``): the offline path never loads
langchain or openai.
"""
