"""claimscope: turn a pile of news articles into a sourced map of who claims what."""

__version__ = "0.1.0"
