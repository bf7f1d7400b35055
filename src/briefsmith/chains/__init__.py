"""The public names of briefsmith's model requests, as langchain-core Runnables and parts.

Each feature owns its prompts (``llm.smart``, ``brief.prompts``, ``feedback.prompts``);
these modules only re-export them, so ``from briefsmith.chains.smart import smart_chain``
keeps working and nothing below imports ``chains``.
"""
