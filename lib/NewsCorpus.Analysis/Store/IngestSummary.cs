namespace NewsCorpus.Analysis.Store;

/// <summary>What one <see cref="CorpusStore.Sync"/> did.</summary>
/// <param name="Files">Raw files in the data folder now.</param>
/// <param name="Unchanged">Files whose content hash was already in the store: not parsed again.</param>
/// <param name="Added">New files, parsed.</param>
/// <param name="Changed">Files whose content changed: their old rows replaced.</param>
/// <param name="Removed">Files gone from the data folder: their rows deleted.</param>
/// <param name="Rebuilt">True when everything was re-parsed: a new store, another schema version, or changed parsing code or data (manifest, lexicons, gazetteer).</param>
/// <param name="BytesParsed">Raw bytes parsed in this run.</param>
/// <param name="ArticlesParsed">Articles parsed in this run.</param>
/// <param name="Problems">Files parsed in this run that need attention: partial or unreadable (<see cref="NewsCorpus.Pipeline.FileReport.HasProblems"/>).</param>
/// <param name="Articles">Articles in the store after the run.</param>
/// <param name="Mentions">Mentions in the store after the run.</param>
public sealed record IngestSummary(
    int Files, int Unchanged, int Added, int Changed, int Removed, bool Rebuilt,
    long BytesParsed, int ArticlesParsed, int Problems, long Articles, long Mentions, TimeSpan Elapsed);

/// <summary>Progress of a sync: files and bytes parsed so far out of those to parse.</summary>
public readonly record struct IngestProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal);

/// <summary>Row counts of a store.</summary>
public readonly record struct StoreCounts(long Files, long Articles, long Mentions, long Diagnostics);
