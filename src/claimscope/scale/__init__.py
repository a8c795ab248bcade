"""Scale: every core of one machine (a process pool) or a Ray cluster (shards written as Parquet).

- `claimscope.scale.local.analyse_parallel`: what `api.analyse_sources(..., n_process=N)` uses.
- `claimscope.scale.ray_engine.analyse_into_ray`: what `claimscope analyze --engine ray` uses.
- `claimscope.scale.shards`: shard planning, the per-shard Parquet files and reading them back.
- `claimscope.scale.batches`: batches through the pipeline inside spaCy memory zones (flat memory).

Ray is imported only when a Ray run starts.
"""
